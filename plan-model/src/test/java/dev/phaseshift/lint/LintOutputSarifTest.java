package dev.phaseshift.lint;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The SARIF log of a real lint run (several findings, one suppressed, a plan path with a space) validates against
 * the official SARIF 2.1.0 schema and carries what GitHub code scanning needs to show an alert: rule metadata with
 * a short description and an absolute help link, a rule id and index per result, a location relative to the
 * repository root, and the suppressed finding marked as suppressed in source rather than dropped.
 */
class LintOutputSarifTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ORIGIN = "plans/several findings.plan.yaml";
    private static final Path PLAN = Path.of("src/test/resources/sarif/several-findings.plan.yaml");
    private static final String DOCS = "https://example.org/phaseshift/blob/main/";
    private static LintResult result;
    private static JsonNode log;

    @BeforeAll
    static void lintThePlan() throws Exception {
        result = lint(Files.readString(PLAN, StandardCharsets.UTF_8));
        log = JSON.readTree(LintOutput.sarif(result, LintRules.ALL, "0.1.0-test", DOCS));
    }

    private static LintResult lint(String planText) throws Exception {
        Plan plan = PlanFile.read(planText, ORIGIN, false);
        return Linter.standard().lint(plan, DemoEstate.load().snapshots());
    }

    private static JsonSchema sarifSchema() throws Exception {
        try (InputStream in = Files.newInputStream(Path.of("src/test/resources/sarif/sarif-schema-2.1.0.json"))) {
            SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V7).getSchema(in, config);
        }
    }

    @Test
    void thePlanGivesSeveralFindingsAndOneSuppressed() {
        assertThat(result.findings()).hasSizeGreaterThanOrEqualTo(3);
        assertThat(result.suppressed()).extracting(Finding::ruleId).containsExactly("missing-lock-timeout");
    }

    @Test
    void theLogValidatesAgainstTheSarif210Schema() throws Exception {
        Set<ValidationMessage> errors = sarifSchema().validate(log);

        assertThat(errors).as(log.toPrettyString()).isEmpty();
    }

    @Test
    void withoutADocsBaseTheLogStillValidatesAndNamesTheDocsPageInItsHelp() throws Exception {
        JsonNode plain = JSON.readTree(LintOutput.sarif(result, LintRules.ALL, "0.1.0-test"));

        assertThat(sarifSchema().validate(plain)).as(plain.toPrettyString()).isEmpty();
        assertThat(plain.at("/runs/0/tool/driver/rules/0").has("helpUri")).isFalse();
        assertThat(plain.at("/runs/0/tool/driver/rules/0/help/text").asText())
                .contains(LintRules.ALL.get(0).docsPath());
    }

    @Test
    void theSchemaCatchesWhatGitHubWouldReject() throws Exception {
        JsonNode noMessage = log.deepCopy();
        ((ObjectNode) noMessage.at("/runs/0/results/0")).remove("message");
        JsonNode relativeHelp = log.deepCopy();
        ((ObjectNode) relativeHelp.at("/runs/0/tool/driver/rules/0")).put("helpUri", "docs/lint/x.md");

        assertThat(sarifSchema().validate(noMessage)).isNotEmpty();
        assertThat(sarifSchema().validate(relativeHelp)).isNotEmpty();
    }

    @Test
    void everyRuleCarriesWhatCodeScanningShows() {
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        assertThat(rules).hasSize(LintRules.ALL.size());
        for (JsonNode rule : rules) {
            assertThat(rule.at("/shortDescription/text").asText()).as(rule.toString()).isNotBlank();
            assertThat(rule.at("/fullDescription/text").asText()).as(rule.toString()).isNotBlank();
            assertThat(rule.at("/help/text").asText()).as(rule.toString()).contains("docs/lint/" + rule.get("id").asText());
            assertThat(rule.get("helpUri").asText()).as(rule.toString())
                    .startsWith("https://").endsWith("docs/lint/" + rule.get("id").asText() + ".md");
            assertThat(rule.at("/defaultConfiguration/level").asText()).isIn("error", "warning", "note");
        }
    }

    @Test
    void everyResultNamesItsRuleAndARelativeLocation() {
        JsonNode rules = log.at("/runs/0/tool/driver/rules");
        List<String> ruleIds = new ArrayList<>();
        for (JsonNode result : log.at("/runs/0/results")) {
            String ruleId = result.get("ruleId").asText();
            ruleIds.add(ruleId);
            assertThat(rules.get(result.get("ruleIndex").asInt()).get("id").asText()).isEqualTo(ruleId);
            JsonNode at = result.at("/locations/0/physicalLocation");
            assertThat(at.at("/artifactLocation/uri").asText()).isEqualTo("plans/several%20findings.plan.yaml");
            assertThat(at.at("/artifactLocation/uriBaseId").asText()).isEqualTo("%SRCROOT%");
            assertThat(at.at("/region/startLine").asInt()).isPositive();
            assertThat(result.at("/partialFingerprints").size()).isEqualTo(1);
        }
        assertThat(ruleIds).contains("require-concurrent-index", "require-unique-using-index", "missing-lock-timeout");
    }

    @Test
    void theSuppressedFindingIsReportedAsSuppressedInSource() {
        List<JsonNode> suppressed = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> {
            if (r.has("suppressions")) {
                suppressed.add(r);
            }
        });

        assertThat(suppressed).hasSize(1);
        assertThat(suppressed.get(0).get("ruleId").asText()).isEqualTo("missing-lock-timeout");
        assertThat(suppressed.get(0).at("/suppressions/0/kind").asText()).isEqualTo("inSource");
        assertThat(suppressed.get(0).at("/message/text").asText()).contains("returns-rma-unique");
    }

    @Test
    void fingerprintsStayWhenThePlanIsEditedAboveTheStep() throws Exception {
        String moved = "# a comment that moves every step down two lines\n#\n" + Files.readString(PLAN, StandardCharsets.UTF_8);
        JsonNode after = JSON.readTree(LintOutput.sarif(lint(moved), LintRules.ALL, "0.1.0-test", DOCS));

        List<String> before = new ArrayList<>();
        List<String> now = new ArrayList<>();
        log.at("/runs/0/results").forEach(r -> before.add(r.get("partialFingerprints").toString()));
        after.at("/runs/0/results").forEach(r -> now.add(r.get("partialFingerprints").toString()));
        assertThat(now).isEqualTo(before).doesNotHaveDuplicates();
        assertThat(after.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt())
                .isEqualTo(log.at("/runs/0/results/0/locations/0/physicalLocation/region/startLine").asInt() + 2);
    }
}
