package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropNotNull;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A column moved into its own table keyed by the parent's primary key, with two-way sync until the switch. */
class SplitColumnPatternTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    @Test
    void createsKeyedTableSyncsBothWaysBackfillsThenDropsTheColumn() {
        Plan plan = new SplitColumnPattern("customers", "customers", "marketing_opt_in", "customer_marketing",
                List.of(new ConsumerDeployment("customers", "v1", "v2")), null).plan(demo).plan();
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.EXPAND, PhaseKind.MIGRATE,
                PhaseKind.SWITCH, PhaseKind.CONTRACT);
        assertThat(plan.phases().get(0).steps()).extracting(s -> s.operation().operationName()).containsExactly(
                "create_table", "add_foreign_key", "create_trigger", "create_trigger", "drop_not_null");
        assertThat(plan.phases().get(0).steps()).extracting(s -> s.operation()).contains(
                new CreateTable("customer_marketing", List.of(new ColumnSpec("id", "bigint", false, null),
                        new ColumnSpec("marketing_opt_in", "boolean", null, "false")), List.of("id"), null),
                new AddForeignKey("customer_marketing_id_fk", "customer_marketing", List.of("id"), "customers",
                        List.of("id"), "cascade"),
                new DropNotNull("customers", "marketing_opt_in"));
        assertThat(plan.phases().get(1).steps()).extracting(s -> s.operation().operationName())
                .containsExactly("backfill", "verify");
        assertThat(plan.phases().get(3).gates()).containsExactly(new DeploymentWait("customers", "v2"));
        assertThat(plan.phases().get(3).steps()).extracting(s -> s.operation().operationName())
                .containsExactly("drop_trigger", "drop_trigger", "drop_column");
        assertThat(plan.phases().get(3).steps()).last().extracting(s -> s.operation())
                .isEqualTo(new DropColumn("customers", "marketing_opt_in"));
        SimulationResult result = Simulation.run(plan, demo);
        assertThat(result.problems()).isEmpty();
        assertThat(result.after(4).get("customers").table("public", "customers").orElseThrow()
                .column("marketing_opt_in")).isEmpty();
    }

    @Test
    void refusesMysqlAndColumnsItCannotMove() {
        assertThat(new SplitColumnPattern("shipping", "shipping_addresses", "phone", "shipping_phones", List.of(),
                null).plan(demo).problems()).extracting(Problem::code).containsExactly("unsupported-engine");
        assertThat(new SplitColumnPattern("customers", "customers", "locale", "customer_locales", List.of(), null)
                .plan(demo).problems()).extracting(Problem::message)
                .containsExactly("column \"locale\" of table \"customers\" is read by view \"active_customers\"");
        assertThat(new SplitColumnPattern("customers", "customers", "phone", "customer_addresses", List.of(), null)
                .plan(demo).problems()).extracting(Problem::code).containsExactly("duplicate-table");
    }
}
