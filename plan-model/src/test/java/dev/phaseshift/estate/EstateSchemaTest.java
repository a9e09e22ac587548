package dev.phaseshift.estate;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import dev.phaseshift.testing.JsonSchemaCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The published JSON Schema (docs/schema/estate.schema.json) accepts the estate files we ship and rejects bad ones. */
class EstateSchemaTest {
    private static final Path SCHEMA = locate("docs/schema/estate.schema.json");
    private final JsonSchemaCheck check;

    EstateSchemaTest() throws IOException {
        check = new JsonSchemaCheck(new ObjectMapper().readTree(SCHEMA.toFile()));
    }

    @Test
    void theDemoEstateIsValid() throws IOException {
        assertThat(check.check(yaml("demo/phaseshift.yaml"))).isEmpty();
    }

    @Test
    void theTestEstatesAndTheDocumentedExampleAreValid() throws IOException {
        assertThat(check.check(yaml("graph/shop/phaseshift.yaml"))).isEmpty();
        assertThat(check.check(yaml("graph/cycle/phaseshift.yaml"))).isEmpty();
        String doc = Files.readString(locate("docs/estate-file.md"));
        int start = doc.indexOf("```yaml\n", doc.indexOf("## A full example")) + "```yaml\n".length();
        String example = doc.substring(start, doc.indexOf("```", start));
        assertThat(check.check(new YAMLMapper().readTree(example))).isEmpty();
    }

    @Test
    void aLiteralPasswordAnUnknownKeyAndAnUnknownChannelAreRejected() throws IOException {
        JsonNode bad = new YAMLMapper().readTree("""
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engine: postgresql
                    password: hunter2
                    colour: red
                consumers:
                  - service: billing
                    version: v1
                    reads:
                      - table: orders.public.orders
                        via: carrier-pigeon
                references:
                  - from: orders.public.orders
                    to: customers.public.customers.id
                """);
        List<String> errors = check.check(bad);
        assertThat(errors).anyMatch(e -> e.startsWith("/services/0/password: \"hunter2\" does not match"))
                .anyMatch(e -> e.equals("/services/0: unknown property \"colour\""))
                .anyMatch(e -> e.startsWith("/consumers/0/reads/0/via:"))
                .anyMatch(e -> e.startsWith("/references/0/from:"));
    }

    private static JsonNode yaml(String resource) throws IOException {
        try (InputStream in = EstateSchemaTest.class.getClassLoader().getResourceAsStream(resource)) {
            return new YAMLMapper().readTree(in);
        }
    }

    /** Finds a file of the repository from the module directory tests run in. */
    static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative + " above " + Path.of("").toAbsolutePath());
    }
}
