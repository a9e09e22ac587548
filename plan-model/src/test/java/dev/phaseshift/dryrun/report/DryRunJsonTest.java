package dev.phaseshift.dryrun.report;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.phaseshift.testing.JsonSchemaCheck;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The JSON form of a dry-run report matches its published schema (docs/schema/dry-run-report.schema.json). */
class DryRunJsonTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();
    private final JsonSchemaCheck schema;

    DryRunJsonTest() throws IOException {
        schema = new JsonSchemaCheck(MAPPER.readTree(locate("docs/schema/dry-run-report.schema.json").toFile()));
    }

    @Test
    void aFailedShadowRunWithEveryPartFilledInIsValid() throws IOException {
        String json = DryRunJson.write(ReportFixtures.failed());
        JsonNode doc = MAPPER.readTree(json);
        assertThat(schema.check(doc)).isEmpty();
        assertThat(json).startsWith("{\n  \"format\": \"phaseshift/dry-run-report@1\",\n");
        assertThat(doc.path("passed").asBoolean(true)).isFalse();
        assertThat(doc.path("kind").asText()).isEqualTo("shadow");
        assertThat(doc.path("startedAt").asText()).isEqualTo("2026-01-31T09:15:00Z");
        assertThat(doc.path("elapsedMs").asLong()).isEqualTo(4321);
        assertThat(doc.path("summary").toString()).isEqualTo("{\"phases\":3,"
                + "\"steps\":{\"ok\":3,\"failed\":1,\"skipped\":0,\"notRun\":1},"
                + "\"rollback\":{\"passed\":1,\"failed\":1,\"skipped\":1},"
                + "\"idempotence\":{\"passed\":1,\"failed\":0,\"skipped\":2},"
                + "\"verifications\":{\"passed\":1,\"failed\":0},"
                + "\"findings\":{\"errors\":0,\"warnings\":1},"
                + "\"compatibilityBreaks\":1,"
                + "\"problems\":{\"errors\":0,\"warnings\":1}}");
    }

    @Test
    void stepsKeepTheirOrderAndAbsentValuesAreNull() throws IOException {
        JsonNode doc = MAPPER.readTree(DryRunJson.write(ReportFixtures.failed()));
        JsonNode switchSteps = doc.path("phases").path(2).path("steps");
        assertThat(switchSteps.path(0).path("id").asText()).isEqualTo("rename-shipping-phone");
        assertThat(switchSteps.path(0).path("status").asText()).isEqualTo("failed");
        assertThat(switchSteps.path(0).path("stateLeft").toString())
                .isEqualTo("[\"shipping_addresses: column \\\"phone_number\\\" added\"]");
        assertThat(switchSteps.path(0).path("locks").path(1).path("source").asText()).isEqualTo("write probe");
        assertThat(switchSteps.path(1).path("status").asText()).isEqualTo("not_run");
        assertThat(switchSteps.path(1).has("stateLeft")).isTrue();
        assertThat(switchSteps.path(1).path("stateLeft").isNull()).isTrue();
        assertThat(switchSteps.path(1).path("backfill").isNull()).isTrue();
        JsonNode backfill = doc.path("phases").path(1).path("steps").path(0).path("backfill");
        assertThat(backfill.toString()).isEqualTo("{\"table\":\"customers\",\"rowsMeasured\":1200,\"msMeasured\":80,"
                + "\"productionRows\":2100000,\"estimatedMs\":140000}");
        assertThat(doc.path("problems").path(0).path("file").isNull()).isTrue();
    }

    @Test
    void findingsHaveTheShapeOfLintJsonOutput() throws IOException {
        JsonNode finding = MAPPER.readTree(DryRunJson.write(ReportFixtures.failed())).path("findings").path(0);
        assertThat(finding.toString()).isEqualTo("{\"ruleId\":\"prefer-bigint-timestamptz-text\",\"code\":\"PS111\","
                + "\"severity\":\"warning\",\"message\":\"column \\\"phone_number\\\" is varchar(32)\","
                + "\"help\":\"use text\",\"file\":\"rename.plan.yaml\",\"line\":9,\"column\":7,"
                + "\"step\":\"add-phone-number\",\"service\":\"customers\",\"object\":\"public.customers\"}");
    }

    @Test
    void aSimulatedRunIsValidAndPasses() throws IOException {
        JsonNode doc = MAPPER.readTree(DryRunJson.write(ReportFixtures.simulated()));
        assertThat(schema.check(doc)).isEmpty();
        assertThat(doc.path("kind").asText()).isEqualTo("simulated");
        assertThat(doc.path("passed").asBoolean(false)).isTrue();
        assertThat(doc.path("reversible").path("verdict").asText()).isEqualTo("skipped");
    }

    @Test
    void theSchemaRejectsAnUnknownFieldAMissingFieldAndAWrongStatus() throws IOException {
        ObjectNode doc = (ObjectNode) MAPPER.readTree(DryRunJson.write(ReportFixtures.failed()));
        ObjectNode step = (ObjectNode) doc.path("phases").path(0).path("steps").path(0);
        step.put("colour", "red");
        step.put("status", "done");
        step.remove("wallMs");
        assertThat(schema.check(doc)).containsExactlyInAnyOrder(
                "/phases/0/steps/0: missing \"wallMs\"",
                "/phases/0/steps/0/status: \"done\" is not one of [\"ok\",\"failed\",\"skipped\",\"not_run\"]",
                "/phases/0/steps/0: unknown property \"colour\"");
    }

    private static Path locate(String relative) {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.exists(dir.resolve(relative))) {
                return dir.resolve(relative);
            }
        }
        throw new IllegalStateException("cannot find " + relative + " above " + Path.of("").toAbsolutePath());
    }
}
