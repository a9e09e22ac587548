package dev.phaseshift.plan.file;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.plan.op.OperationNames;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The published schema (docs/schema/plan.schema.json) is the one generated from the operation records.
 * Regenerate with {@code -Dphaseshift.regenerate=true}.
 */
class PlanJsonSchemaTest {
    @Test
    void publishedSchemaIsTheGeneratedOne() throws Exception {
        Path published = locate("docs/schema/plan.schema.json");
        String generated = PlanJsonSchema.generate();
        if (Boolean.getBoolean("phaseshift.regenerate")) {
            Files.writeString(published, generated, StandardCharsets.UTF_8);
        }
        assertThat(Files.readString(published, StandardCharsets.UTF_8)).isEqualTo(generated);
    }

    @Test
    void everyOperationHasADefinitionThatRejectsUnknownKeys() throws Exception {
        JsonNode schema = new ObjectMapper().readTree(PlanJsonSchema.generate());
        for (String name : OperationNames.all().keySet()) {
            JsonNode def = schema.path("$defs").path(name);
            assertThat(def.path("additionalProperties").asBoolean(true)).as(name).isFalse();
            assertThat(schema.path("$defs").path("operation").path("properties").has(name)).as(name).isTrue();
        }
        assertThat(schema.path("$defs").path("add_column").path("required").toString())
                .isEqualTo("[\"table\",\"column\"]");
        assertThat(schema.path("$defs").path("column_spec").path("properties").has("default")).isTrue();
    }

    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/schema"))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative);
    }
}
