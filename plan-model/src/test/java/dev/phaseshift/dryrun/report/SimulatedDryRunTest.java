package dev.phaseshift.dryrun.report;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.DropColumn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The simulated dry-run on the bundled demo plans: what a reviewer without a database gets. */
class SimulatedDryRunTest {
    private final Estate demo = DemoEstate.load();

    static Plan demoPlan(String name) {
        try (InputStream in = SimulatedDryRunTest.class.getResourceAsStream("/demo/plans/" + name + ".plan.yaml")) {
            return PlanFile.read(new String(in.readAllBytes(), StandardCharsets.UTF_8), name + ".plan.yaml", false);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        } catch (dev.phaseshift.plan.file.PlanFormatException e) {
            throw new IllegalStateException("the bundled plan " + name + " is broken: " + e.getMessage(), e);
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void theBundledPlansPassOnTheModel(String name) {
        Plan plan = demoPlan(name);
        DryRunReport report = SimulatedDryRun.run(plan, name + ".plan.yaml", demo);

        assertThat(report.kind()).isEqualTo(RunKind.SIMULATED);
        assertThat(report.passed()).as(report.problems().toString()).isTrue();
        assertThat(report.planName()).isEqualTo(plan.name());
        assertThat(report.planFile()).isEqualTo(name + ".plan.yaml");
        assertThat(report.phases()).extracting(PhaseRun::phaseId)
                .containsExactlyElementsOf(plan.phases().stream().map(Phase::id).toList());
        assertThat(report.phases()).flatExtracting(PhaseRun::steps).extracting(StepRun::status)
                .hasSize(plan.stepCount()).containsOnly(StepStatus.OK);
        assertThat(report.phases()).extracting(p -> p.rollback().verdict()).containsOnly(Verdict.PASSED);
        assertThat(report.phases()).extracting(p -> p.idempotence().detail())
                .containsOnly("a simulated run cannot re-run SQL");
        assertThat(report.reversible().verdict()).isEqualTo(Verdict.PASSED);
        assertThat(report.services()).isEmpty();
    }

    @Test
    void itsHtmlPageSaysItIsSimulated() {
        String html = DryRunHtml.write(SimulatedDryRun.run(demoPlan("rename-phone"), "rename-phone.plan.yaml",
                demo));

        assertThat(html).contains("SIMULATED — nothing was run on a database")
                .contains("<span class=\"verdict-word\">PASSED</span>")
                .contains("customers-customers-drop-phone")
                .contains("PS111");
    }

    @Test
    void rollingBackTheRenameTellsThatPostgresPutsTheColumnBackAtTheEnd() {
        DryRunReport report = SimulatedDryRun.run(demoPlan("rename-phone"), null, demo);

        PhaseRun contract = report.phases().get(3);
        assertThat(contract.rollback().detail()).isEqualTo("rolling the phase back on the model gives the schemas "
                + "before it; 1 column is back at the end of its table: PostgreSQL cannot add a column elsewhere");
        assertThat(contract.rollback().differences()).singleElement().asString()
                .isEqualTo("customers: column \"phone\" of \"public.customers\" moved from position 5 to 12");
        assertThat(report.phases().get(0).rollback()).isEqualTo(Check.passed(
                "rolling the phase back on the model gives the schemas before it"));
    }

    @Test
    void droppingAColumnBeforeItsReaderIsReplacedBreaksTheConsumer() {
        Plan rename = demoPlan("rename-phone");
        List<Phase> phases = new ArrayList<>(rename.phases());
        Phase migrate = phases.get(1);
        Phase contract = phases.get(3);
        List<Step> early = new ArrayList<>(migrate.steps());
        early.addAll(contract.steps());
        phases.set(1, new Phase(migrate.id(), migrate.kind(), migrate.description(), migrate.dependsOn(),
                migrate.gates(), early, migrate.deployments(), migrate.location()));
        phases.set(3, new Phase(contract.id(), contract.kind(), contract.description(), contract.dependsOn(),
                contract.gates(), List.of(), contract.deployments(), contract.location()));
        Plan tooEarly = new Plan(rename.name(), rename.description(), rename.services(), phases, null);
        Estate estate = withContract(new ConsumerContract("customers", "v1", "reads its phone numbers",
                List.of(new TableAccess(QualifiedName.relation("customers", "public", "customers"),
                        List.of("id", "phone"), Channel.SHARED_DATABASE, null)), List.of(), null));

        DryRunReport report = SimulatedDryRun.run(tooEarly, null, estate);

        assertThat(report.passed()).isFalse();
        assertThat(report.phases()).flatExtracting(PhaseRun::steps).extracting(StepRun::status)
                .containsOnly(StepStatus.OK);
        assertThat(report.compatibility()).filteredOn(c -> c.consumer().equals("customers")
                        && c.version().equals("v1"))
                .extracting(c -> c.state() + " live=" + c.live() + " compatible=" + c.compatible())
                .containsExactly("before live=true compatible=true", "expand live=true compatible=true",
                        "migrate live=true compatible=false", "switch live=true compatible=false",
                        "contract live=false compatible=false");
        assertThat(report.compatibility()).as("v2, which the estate does not declare, reads phone_number")
                .filteredOn(c -> c.consumer().equals("customers") && c.version().equals("v2") && c.live())
                .extracting(c -> c.state() + " compatible=" + c.compatible())
                .containsExactly("switch compatible=true", "contract compatible=true");
        assertThat(report.compatibility()).filteredOn(c -> c.state().equals("migrate")
                        && c.consumer().equals("customers") && c.version().equals("v1")).singleElement()
                .extracting(CompatibilityCell::reason).asString().contains("customers v1 reads")
                .contains("customers.public.customers.phone");
    }

    @Test
    void aStepThatDoesNotApplyFailsWithItsProblemAndStopsTheRest() {
        Plan plan = Plan.of("broken", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(
                        Step.of("drop-<ghost>", "orders", new DropColumn("orders", "ghost")),
                        Step.of("add", "orders", new AddColumn("orders", ColumnSpec.of("priority", "smallint"))))),
                Phase.of("contract", PhaseKind.CONTRACT, List.of(
                        Step.of("drop", "orders", new DropColumn("orders", "priority"))))));

        DryRunReport report = SimulatedDryRun.run(plan, null, demo);

        assertThat(report.passed()).isFalse();
        StepRun failed = report.phases().get(0).steps().get(0);
        assertThat(failed.status()).isEqualTo(StepStatus.FAILED);
        assertThat(failed.error()).isEqualTo("step \"drop-<ghost>\" (orders): column \"ghost\" does not exist on "
                + "table \"orders\"");
        assertThat(report.phases()).flatExtracting(PhaseRun::steps).extracting(StepRun::status)
                .containsExactly(StepStatus.FAILED, StepStatus.NOT_RUN, StepStatus.NOT_RUN);
        assertThat(report.phases()).extracting(p -> p.rollback().verdict()).containsOnly(Verdict.SKIPPED);
        assertThat(report.problems()).extracting(p -> p.code()).contains("unknown-column");
    }

    @Test
    void aRollbackThatDoesNotUndoTheStepFailsWithTheDifferences() {
        Step add = Step.of("add-priority", "orders", new AddColumn("orders", ColumnSpec.of("priority", "smallint")))
                .withRollback(new AddColumn("orders", ColumnSpec.of("note", "text")));
        Plan plan = Plan.of("wrong undo", null, List.of(Phase.of("expand", PhaseKind.EXPAND, List.of(add))));

        DryRunReport report = SimulatedDryRun.run(plan, null, demo);

        assertThat(report.passed()).isFalse();
        Check rollback = report.phases().get(0).rollback();
        assertThat(rollback.verdict()).isEqualTo(Verdict.FAILED);
        assertThat(rollback.differences()).containsExactly(
                "orders: column \"note\" of \"public.orders\" unexpected",
                "orders: column \"priority\" of \"public.orders\" unexpected");
        assertThat(report.reversible().verdict()).isEqualTo(Verdict.FAILED);
    }

    private Estate withContract(ConsumerContract extra) {
        List<ConsumerContract> consumers = new ArrayList<>(demo.consumers());
        consumers.add(extra);
        return demo.withDefinition(demo.definition().withConsumers(consumers));
    }
}
