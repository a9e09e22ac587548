package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateTrigger;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A type change through a new column: the plan's shape, its validity on the demo estate, and what it refuses. */
class ChangeColumnTypePatternTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    @Test
    void postgresAddsConvertsSwitchesThenContractsKeepingTheNewName() {
        PatternResult result = new ChangeColumnTypePattern(new ColumnTarget("customers", "customers", "phone"),
                "varchar(64)", "phone_e164", null, List.of(new ConsumerDeployment("customers", "v1", "v2")), null)
                .plan(demo);
        assertThat(result.problems()).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.EXPAND, PhaseKind.MIGRATE,
                PhaseKind.SWITCH, PhaseKind.CONTRACT);
        assertThat(plan.phases().get(0).steps()).extracting(s -> s.operation().operationName())
                .containsExactly("add_column", "create_trigger");
        assertThat(plan.phases().get(0).steps().get(0).operation())
                .isEqualTo(new AddColumn("customers", ColumnSpec.of("phone_e164", "varchar(64)")));
        assertThat(((CreateTrigger) plan.phases().get(0).steps().get(1).operation()).events())
                .containsExactly("insert", "update");
        assertThat(plan.phases().get(1).steps()).extracting(s -> s.operation()).containsExactly(
                new Backfill("customers", "phone_e164 = CAST(phone AS varchar(64))",
                        "phone_e164 IS NULL AND phone IS NOT NULL", 5000, 50),
                new Verify("SELECT count(*) = 0 FROM customers WHERE phone_e164 IS DISTINCT FROM "
                        + "CAST(phone AS varchar(64))"));
        assertThat(plan.phases().get(2).deployments()).containsExactly(new ConsumerDeployment("customers", "v1", "v2"));
        assertThat(plan.phases().get(3).gates()).containsExactly(new DeploymentWait("customers", "v2"));
        assertThat(plan.phases().get(3).steps()).extracting(s -> s.operation().operationName())
                .containsExactly("drop_trigger", "drop_column");
        SimulationResult simulated = Simulation.run(plan, demo);
        assertThat(simulated.problems()).isEmpty();
        var table = simulated.after(4).get("customers").table("public", "customers").orElseThrow();
        assertThat(table.column("phone")).isEmpty();
        assertThat(table.column("phone_e164")).get().extracting(Column::type).isEqualTo("varchar(64)");
        assertThat(table.triggers()).isEmpty();
    }

    @Test
    void mysqlGetsOneTriggerPerEventAndKeepsNotNull() {
        Plan plan = new ChangeColumnTypePattern(new ColumnTarget("shipping", "shipping_addresses", "city"),
                "varchar(200)", "city_name", null, List.of(), null).plan(demo).plan();
        assertThat(plan.steps().map(s -> s.operation()).filter(CreateTrigger.class::isInstance)
                .map(o -> ((CreateTrigger) o).events())).containsExactly(List.of("insert"), List.of("update"));
        assertThat(plan.phases().get(1).steps()).extracting(s -> s.operation())
                .contains(new SetNotNull("shipping_addresses", "city_name"));
        assertThat(plan.phases().get(3).steps()).last().extracting(s -> s.operation())
                .isEqualTo(new DropColumn("shipping_addresses", "city"));
        assertThat(Simulation.run(plan, demo).problems()).isEmpty();

    }

    @Test
    void aLossyChangeNeedsAUsingExpression() {
        ColumnTarget sku = new ColumnTarget("orders", "order_items", "sku");
        PatternResult refused = new ChangeColumnTypePattern(sku, "varchar(20)", "sku_short", null, List.of(), null)
                .plan(demo);
        assertThat(refused.succeeded()).isFalse();
        assertThat(refused.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo("lossy-type-change");
            assertThat(p.message()).isEqualTo("changing column \"sku\" of table \"order_items\" from "
                    + "\"character varying(40)\" to \"varchar(20)\" can lose data");
        });
        Plan plan = new ChangeColumnTypePattern(sku, "varchar(20)", "sku_short", "left(sku, 20)", List.of(), null)
                .plan(demo).plan();
        assertThat(plan.phases().get(1).steps().get(0).operation()).isEqualTo(new Backfill("order_items",
                "sku_short = (left(sku, 20))", "sku_short IS NULL AND sku IS NOT NULL", 5000, 50));
        assertThat(((CreateTrigger) plan.phases().get(0).steps().get(1).operation()).body())
                .contains("NEW.sku_short := (left(NEW.sku, 20))");
        assertThat(Simulation.run(plan, demo).problems()).isEmpty();
    }

    @Test
    void refusesColumnsItCannotMoveSafely() {
        assertThat(new ChangeColumnTypePattern(new ColumnTarget("customers", "customers", "locale"), "varchar(35)",
                "locale_tag", null, List.of(), null).plan(demo).problems()).extracting(Problem::message)
                .containsExactly("column \"locale\" of table \"customers\" is read by view \"active_customers\"");
        assertThat(new ChangeColumnTypePattern(new ColumnTarget("shipping", "shipping_addresses", "recipient_name"),
                "varchar(300)", "recipient", null, List.of(), null).plan(demo).problems()).extracting(Problem::message)
                .containsExactly("column \"recipient_name\" of table \"shipping_addresses\" is used by index "
                        + "\"shipping_addresses_recipient_idx\"");
        assertThat(new ChangeColumnTypePattern(new ColumnTarget("customers", "customers", "phone"), "varchar(32)",
                "phone2", null, List.of(), null).plan(demo).problems()).extracting(Problem::code)
                .containsExactly("same-type");
        assertThat(new ChangeColumnTypePattern(new ColumnTarget("customers", "customers", "phone"), "varchar(64)",
                "email", null, List.of(), null).plan(demo).problems()).extracting(Problem::code)
                .containsExactly("duplicate-column");
    }
}
