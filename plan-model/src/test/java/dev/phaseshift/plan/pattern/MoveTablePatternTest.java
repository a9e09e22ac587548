package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.ColumnSpec;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Moving a table between services: the demo moves {@code orders.order_addresses} (PostgreSQL) to shipping
 * (MariaDB), whose v3 reads it through a replica today.
 */
class MoveTablePatternTest {
    private final Estate estate = DemoEstate.load();
    private final List<ConsumerDeployment> deployments = List.of(new ConsumerDeployment("orders", "v12", "v13"),
            new ConsumerDeployment("shipping", "v3", "v4"));

    @Test
    void createsInTheTargetWithMappedTypesThenSwitchesThenDropsTheSource() {
        PatternResult result = new MoveTablePattern("orders", "order_addresses", "shipping", null, deployments, null)
                .plan(estate);
        assertThat(result.problems()).isEmpty();
        Plan plan = result.plan();
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.EXPAND, PhaseKind.MIGRATE,
                PhaseKind.SWITCH, PhaseKind.CONTRACT);
        assertThat(plan.phases().get(0).steps().get(0).service()).isEqualTo("shipping");
        assertThat(plan.phases().get(0).steps().get(0).operation()).isEqualTo(new CreateTable("order_addresses",
                List.of(new ColumnSpec("order_id", "bigint", false, null),
                        new ColumnSpec("kind", "varchar(8)", false, null),
                        new ColumnSpec("recipient", "varchar(200)", false, null),
                        new ColumnSpec("line1", "varchar(200)", false, null),
                        new ColumnSpec("line2", "varchar(200)", null, null),
                        new ColumnSpec("city", "varchar(100)", false, null),
                        new ColumnSpec("postal_code", "varchar(20)", false, null),
                        new ColumnSpec("country_code", "char(2)", false, null)),
                List.of("order_id", "kind"), null));
        assertThat(plan.phases().get(1).gates()).singleElement().isInstanceOf(ManualApproval.class)
                .asString().contains("external tool");
        assertThat(plan.phases().get(2).deployments()).containsExactlyElementsOf(deployments);
        assertThat(plan.phases().get(3).gates()).startsWith(new DeploymentWait("orders", "v13"),
                new DeploymentWait("shipping", "v4"));
        assertThat(plan.phases().get(3).steps()).singleElement().satisfies(s -> {
            assertThat(s.service()).isEqualTo("orders");
            assertThat(s.operation()).isEqualTo(new DropTable("order_addresses"));
        });
        SimulationResult simulated = Simulation.run(plan, estate);
        assertThat(simulated.problems()).isEmpty();
        assertThat(simulated.after(4).get("orders").table("public", "order_addresses")).isEmpty();
        assertThat(simulated.after(4).get("shipping").table("shop_shipping", "order_addresses")).isPresent();
    }

    @Test
    void everyConsumerOfTheTableMustMoveAway() {
        assertThat(new MoveTablePattern("orders", "order_addresses", "shipping", null,
                List.of(new ConsumerDeployment("orders", "v12", "v13")), null).plan(estate).problems())
                .extracting(Problem::message).containsExactly("shipping v3 uses \"orders.order_addresses\" but the "
                        + "plan does not deploy \"shipping\"");
        assertThat(new MoveTablePattern("orders", "order_addresses", "shipping", null,
                List.of(new ConsumerDeployment("shipping", "v2", "v3")), null).plan(estate).problems())
                .extracting(Problem::code).containsExactly("consumer-still-reads");
    }

    @Test
    void refusesTypesWithoutATargetTypeAndTablesOthersDependOn() {
        assertThat(new MoveTablePattern("inventory", "stock_counts", "billing", null, List.of(), null).plan(estate)
                .problems()).extracting(Problem::message).containsExactly("column \"status\" of table "
                + "\"stock_counts\" has type \"enum('open','reconciled')\", which postgresql has no type for that "
                + "keeps every value");
        assertThat(new MoveTablePattern("orders", "order_items", "shipping", null, deployments, null).plan(estate)
                .problems()).extracting(Problem::code).contains("table-in-use");
        assertThat(new MoveTablePattern("orders", "order_addresses", "orders", null, deployments, null).plan(estate)
                .problems()).extracting(Problem::code).containsExactly("duplicate-table");
    }
}
