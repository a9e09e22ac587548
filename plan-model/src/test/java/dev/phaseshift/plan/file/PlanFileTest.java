package dev.phaseshift.plan.file;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.op.Verify;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Plan files: what a user writes is read strictly, errors point at file:line:column, writing is stable. */
class PlanFileTest {
    static String fixture(String path) {
        try (InputStream in = PlanFileTest.class.getResourceAsStream("/plan/" + path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<Problem> problems(String path) {
        PlanFormatException e = catchThrowableOfType(() -> PlanFile.read(fixture(path), path, false),
                PlanFormatException.class);
        assertThat(e).as("expected a format error in " + path).isNotNull();
        return e.problems();
    }

    @Test
    void readsEveryPartOfAPlan() throws Exception {
        Plan plan = PlanFile.read(fixture("good.plan.yaml"), "good.plan.yaml", false);
        assertThat(plan.name()).isEqualTo("small example");
        assertThat(plan.services()).containsExactly("orders", "billing");
        assertThat(plan.phases()).extracting(Phase::id).containsExactly("expand", "switch");
        Step add = plan.phases().get(0).steps().get(0);
        assertThat(add.operation()).isEqualTo(new AddColumn("orders", new ColumnSpec("fx_rate", "numeric(12,6)", null, "1")));
        assertThat(add.notes()).isEqualTo("metadata only on postgresql 11+");
        assertThat(add.location().toString()).isEqualTo("good.plan.yaml:9:9");
        Phase sw = plan.phases().get(1);
        assertThat(sw.kind()).isEqualTo(PhaseKind.SWITCH);
        assertThat(sw.dependsOn()).containsExactly("expand");
        assertThat(sw.gates()).containsExactly(new ManualApproval("billing v2 is tested"),
                new VerificationGate("orders", "SELECT true"), new DeploymentWait("billing", "v2"));
        assertThat(sw.deployments()).containsExactly(new ConsumerDeployment("billing", "v1", "v2"));
        assertThat(sw.steps().get(0).rollback()).isEqualTo(new Sql("SELECT 1", null));
    }

    @Test
    void writingIsDeterministicAndReadsBackToTheSamePlan() throws Exception {
        Plan plan = PlanFile.read(fixture("good.plan.yaml"), "good.plan.yaml", false);
        String yaml = PlanFile.toYaml(plan);
        assertThat(PlanFile.toYaml(PlanFile.read(yaml, "again.yaml", false))).isEqualTo(yaml);
        String json = PlanFile.toJson(plan);
        assertThat(PlanFile.toJson(PlanFile.read(json, "again.json", true))).isEqualTo(json);
        assertThat(PlanFile.toYaml(PlanFile.read(json, "again.json", true))).isEqualTo(yaml);
        assertThat(yaml).startsWith("format: phaseshift/plan@1\nname: small example\n");
    }

    @Test
    void aPlanBuiltInMemoryRoundTrips() throws Exception {
        Plan plan = Plan.of("p", null, List.of(Phase.of("expand", PhaseKind.EXPAND, List.of(
                Step.of("s1", "orders", new Verify("SELECT 'a: b' <> '#'")).withNotes("quotes: \"x\"\nsecond line")))));
        Plan back = PlanFile.read(PlanFile.toYaml(plan), "p.yaml", false);
        assertThat(back.phases().get(0).steps().get(0).operation()).isEqualTo(new Verify("SELECT 'a: b' <> '#'"));
        assertThat(back.phases().get(0).steps().get(0).notes()).isEqualTo("quotes: \"x\"\nsecond line");
    }

    @Test
    void anUnknownKeyIsAnErrorAtItsLineAndColumnWithASuggestion() {
        List<Problem> problems = problems("bad/unknown-key.plan.yaml");
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).toString()).isEqualTo("bad/unknown-key.plan.yaml:11:13: error: unknown key "
                + "\"tabel\" in add_column [unknown-key]; did you mean \"table\"? known keys: table, column, after, first");
        assertThat(problems.get(1).code()).isEqualTo("missing-key");
        assertThat(problems.get(1).message()).isEqualTo("missing key \"table\" in add_column");
    }

    @Test
    void aWrongTypeNamesTheKeyAndWhatWasExpected() {
        List<Problem> problems = problems("bad/wrong-type.plan.yaml");
        assertThat(problems).singleElement().hasToString("bad/wrong-type.plan.yaml:13:22: error: "
                + "create_index.columns must be a list, not text [wrong-type]");
    }

    @Test
    void anUnknownOperationOrAnOperationWithTwoKeysIsAnError() {
        String plan = """
                format: phaseshift/plan@1
                name: x
                phases:
                  - id: e
                    kind: expand
                    steps:
                      - {id: a, service: s, operation: {add_colum: {}}}
                      - {id: b, service: s, operation: {verify: {query: q}, sql: {up: x}}}
                """;
        PlanFormatException e = catchThrowableOfType(() -> PlanFile.read(plan, "x.yaml", false),
                PlanFormatException.class);
        assertThat(e.problems()).extracting(Problem::code).containsExactly("unknown-key", "not-one-key");
        assertThat(e.problems().get(0).help()).startsWith("did you mean \"add_column\"?");
        assertThat(e.problems().get(0).location().line()).isEqualTo(7);
    }

    @Test
    void duplicateKeysBadSyntaxAndWrongFormatAreErrors() {
        assertThatThrownBy(() -> PlanFile.read("format: phaseshift/plan@1\nname: a\nname: b\nphases: []\n", "d.yaml",
                false)).isInstanceOf(PlanFormatException.class).hasMessageContaining("d.yaml:3:1")
                .hasMessageContaining("duplicate key \"name\"");
        assertThatThrownBy(() -> PlanFile.read("format: [\n", "s.yaml", false))
                .isInstanceOf(PlanFormatException.class).hasMessageContaining("s.yaml:")
                .hasMessageContaining("not well-formed yaml");
        assertThatThrownBy(() -> PlanFile.read("format: phaseshift/plan@2\nname: a\nphases: []\n", "f.yaml", false))
                .hasMessageContaining("f.yaml:1:9: error: format \"phaseshift/plan@2\" is not supported");
        assertThatThrownBy(() -> PlanFile.read("{\"format\": 1,", "j.json", true))
                .hasMessageContaining("j.json:1:").hasMessageContaining("not well-formed json");
    }

    @Test
    void phaseKindsAreChecked() {
        assertThatThrownBy(() -> PlanFile.read("format: phaseshift/plan@1\nname: a\nphases:\n  - {id: x, kind: grow}\n",
                "k.yaml", false)).hasMessageContaining("k.yaml:4:19: error: kind \"grow\" of phase \"x\" is not one "
                + "of expand, migrate, switch, contract");
    }
}
