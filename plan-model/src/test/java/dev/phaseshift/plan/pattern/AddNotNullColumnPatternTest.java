package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A NOT NULL column with a default on a big table: nullable first, backfill, then NOT NULL. */
class AddNotNullColumnPatternTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    @Test
    void addsNullableThenBackfillsThenSetsNotNull() {
        Plan plan = DemoPlans.ordersPriority(demo);
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.EXPAND, PhaseKind.MIGRATE,
                PhaseKind.CONTRACT);
        assertThat(plan.phases().get(0).steps().get(0).operation())
                .isEqualTo(new AddColumn("orders", new ColumnSpec("fulfilment_priority", "smallint", null, "0")));
        assertThat(plan.phases().get(0).steps().get(0).notes()).contains("12000000 rows");
        assertThat(plan.phases().get(2).steps().get(0).operation())
                .isEqualTo(new SetNotNull("orders", "fulfilment_priority"));
        SimulationResult result = Simulation.run(plan, demo);
        assertThat(result.problems()).isEmpty();
        assertThat(result.after(3).get("orders").table("public", "orders").orElseThrow()
                .column("fulfilment_priority").orElseThrow().nullable()).isFalse();
    }

    @Test
    void refusesAnExistingColumnOrAMissingDefault() {
        assertThat(new AddNotNullColumnPattern("orders", "orders", "total", "int", "0", null).plan(demo).problems())
                .singleElement().hasFieldOrPropertyWithValue("code", "duplicate-column");
        assertThat(new AddNotNullColumnPattern("orders", "orders", "x", "int", null, null).plan(demo).problems())
                .singleElement().hasFieldOrPropertyWithValue("code", "missing-field");
    }
}
