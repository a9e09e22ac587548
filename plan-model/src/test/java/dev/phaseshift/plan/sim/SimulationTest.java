package dev.phaseshift.plan.sim;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.OperationNames;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** Simulating plans on the demo estate: schemas after every phase, problems per step, rollback of any suffix. */
class SimulationTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    private static Map<String, Snapshot> canonical(Map<String, Snapshot> snapshots) {
        Map<String, Snapshot> out = new LinkedHashMap<>();
        snapshots.forEach((k, v) -> out.put(k, v.canonical()));
        return out;
    }

    @Test
    void aPlanWithEveryOperationTypeValidatesCleanOnTheDemoEstate() {
        Plan plan = EveryOperationPlan.plan();
        assertThat(plan.steps().map(s -> s.operation().operationName()).collect(Collectors.toSet()))
                .containsExactlyInAnyOrderElementsOf(OperationNames.all().keySet());
        SimulationResult result = Simulation.run(plan, demo);
        assertThat(result.problems()).filteredOn(Problem::isError).map(Problem::toString).isEmpty();
        assertThat(result.applied()).hasSize(plan.stepCount());
        assertThat(result.phases().get(0).schema("customers").orElseThrow().table("public", "referrals")).isPresent();
    }

    /** The property of the issue: rolling back any prefix restores the earlier schema exactly. */
    @Test
    void rollingBackToAnyPhaseRestoresTheSchemaOfThatPhaseExactly() {
        SimulationResult result = Simulation.run(EveryOperationPlan.plan(), demo);
        for (int keep = 0; keep <= result.phases().size(); keep++) {
            RollbackResult undone = Simulation.rollBack(result, keep);
            assertThat(undone.problems()).filteredOn(Problem::isError).map(Problem::toString).isEmpty();
            Map<String, Snapshot> rolledBack = undone.schemas();
            assertThat(canonical(rolledBack).equals(canonical(result.after(keep))))
                    .as("rolled back to after %d phases: %s", keep, SnapshotDiff.first(result.after(keep), rolledBack))
                    .isTrue();
        }
        assertThat(canonical(Simulation.rollBack(result, 0).schemas())).isEqualTo(canonical(demo));
    }

    @Test
    void theRollbackPropertyHoldsForTheBundledPlansToo() throws Exception {
        for (String name : List.of("rename-phone", "orders-priority")) {
            String text = new String(SimulationTest.class.getResourceAsStream("/demo/plans/" + name + ".plan.yaml")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            SimulationResult result = Simulation.run(PlanFile.read(text, name, false), demo);
            for (int keep = 0; keep <= result.phases().size(); keep++) {
                RollbackResult undone = Simulation.rollBack(result, keep);
                assertThat(undone.problems()).filteredOn(Problem::isError).map(Problem::toString).isEmpty();
                Map<String, Snapshot> rolledBack = orderFreeOnPostgres(undone.schemas());
                Map<String, Snapshot> expected = orderFreeOnPostgres(result.after(keep));
                assertThat(canonical(rolledBack).equals(canonical(expected)))
                        .as("%s keep %d: %s", name, keep, SnapshotDiff.first(expected, rolledBack)).isTrue();
            }
        }
    }

    /**
     * PostgreSQL cannot add a column anywhere but at the end, so rolling back a drop_column of a middle column
     * (the rename pattern's contract phase) restores everything but the column's position. MySQL/MariaDB services
     * stay compared exactly (the rollback uses {@code AFTER}).
     */
    private static Map<String, Snapshot> orderFreeOnPostgres(Map<String, Snapshot> snapshots) {
        Map<String, Snapshot> out = new LinkedHashMap<>();
        snapshots.forEach((service, s) -> out.put(service, s.engine() != dev.phaseshift.schema.Engine.POSTGRESQL ? s
                : s.withSchemas(s.schemas().stream().map(schema -> schema.withTables(schema.tables().stream()
                        .map(t -> t.withColumns(t.columns().stream().map(c -> c.withOrdinal(0))
                                .sorted(java.util.Comparator.comparing(dev.phaseshift.schema.Column::name)).toList()))
                        .toList())).toList())));
        return out;
    }

    @Test
    void laterStepsSeeWhatEarlierStepsDid() {
        Plan plan = Plan.of("p", null, List.of(
                Phase.of("expand", PhaseKind.EXPAND, List.of(Step.of("add", "orders",
                        new AddColumn("orders", ColumnSpec.of("priority", "smallint"))))),
                Phase.of("contract", PhaseKind.CONTRACT, List.of(Step.of("drop", "orders",
                        new DropColumn("orders", "priority")), Step.of("again", "orders",
                        new DropColumn("orders", "priority"))))));
        SimulationResult result = Simulation.run(plan, demo);
        assertThat(result.after(1).get("orders").table("public", "orders").orElseThrow().column("priority"))
                .isPresent();
        assertThat(result.problems()).singleElement().hasToString("error: step \"again\" (orders): column "
                + "\"priority\" does not exist on table \"orders\" [unknown-column]; check the name against the "
                + "snapshot, or add the column in an earlier step");
        assertThat(result.after(0)).isEqualTo(demo);
    }

    @Test
    void structuralMistakesAreReported() {
        Phase expand = Phase.of("expand", PhaseKind.EXPAND, List.of(Step.of("s", "orders", new Verify("SELECT true")),
                Step.of("s", "payments", new Verify("SELECT true")))).withDependsOn(List.of("expand", "later", "nope"));
        Phase later = Phase.of("later", PhaseKind.CONTRACT, List.of());
        SimulationResult result = Simulation.run(Plan.of("p", null, List.of(expand, later)), demo);
        assertThat(result.problems()).as(result.problems().toString()).extracting(Problem::code).containsExactly("duplicate-step-id",
                "unknown-service", "unknown-service", "self-dependency", "dependency-order", "unknown-phase");
    }
}
