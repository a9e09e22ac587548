package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.CreateTrigger;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Renaming by expand/contract: the plan's shape, its validity on the demo estate, and what it refuses. */
class RenameColumnPatternTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    @Test
    void expandsMigratesSwitchesThenContracts() {
        Plan plan = DemoPlans.renamePhone(demo);
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.EXPAND, PhaseKind.MIGRATE,
                PhaseKind.SWITCH, PhaseKind.CONTRACT);
        assertThat(plan.phases().get(2).deployments()).containsExactly(new ConsumerDeployment("customers", "v1", "v2"),
                new ConsumerDeployment("shipping", "v3", "v4"));
        assertThat(plan.phases().get(3).gates()).containsExactly(new DeploymentWait("customers", "v2"),
                new DeploymentWait("shipping", "v4"));
        assertThat(plan.phases().get(0).steps()).extracting(s -> s.operation().operationName())
                .containsExactly("add_column", "create_trigger", "add_column", "create_trigger", "create_trigger");
        assertThat(plan.phases().get(3).steps()).last().extracting(s -> s.operation())
                .isEqualTo(new DropColumn("shipping_addresses", "phone"));
        assertThat(Simulation.run(plan, demo).problems()).isEmpty();
    }

    @Test
    void mysqlGetsOneTriggerPerEventAndANotNullColumnStaysNotNull() {
        Plan plan = new RenameColumnPattern(List.of(new ColumnTarget("shipping", "shipping_addresses", "recipient_name")),
                "recipient", List.of(), null).plan(demo).plan();
        assertThat(plan).isNull();
        Plan city = new RenameColumnPattern(List.of(new ColumnTarget("shipping", "shipping_addresses", "city")),
                "town", List.of(), null).plan(demo).plan();
        assertThat(city.steps().map(s -> s.operation()).filter(CreateTrigger.class::isInstance)
                .map(o -> ((CreateTrigger) o).events())).containsExactly(List.of("insert"), List.of("update"));
        assertThat(city.phases().get(1).steps()).extracting(s -> s.operation())
                .contains(new SetNotNull("shipping_addresses", "town"));
        assertThat(Simulation.run(city, demo).problems()).isEmpty();
    }

    @Test
    void refusesColumnsItCannotMoveSafely() {
        PatternResult result = new RenameColumnPattern(List.of(new ColumnTarget("shipping", "shipping_addresses",
                "recipient_name"), new ColumnTarget("nope", "t", "c"), new ColumnTarget("orders", "orders", "nope")),
                "x", List.of(), null).plan(demo);
        assertThat(result.succeeded()).isFalse();
        assertThat(result.problems()).extracting(Problem::message).containsExactly(
                "column \"recipient_name\" of table \"shipping_addresses\" is used by index "
                        + "\"shipping_addresses_recipient_idx\"",
                "service \"nope\" has no snapshot",
                "column \"nope\" does not exist on table \"orders\"");
    }
}
