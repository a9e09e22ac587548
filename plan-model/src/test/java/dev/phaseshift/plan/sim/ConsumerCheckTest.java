package dev.phaseshift.plan.sim;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Consumer contracts against plans on the demo estate, with a billing v1 that reads a column of orders no key,
 * index, check or view uses (so that the plan may drop it and only the contract stands in the way).
 */
class ConsumerCheckTest {
    private final Estate demo = withBillingReading(DemoEstate.load(), freeColumn());

    private static String freeColumn() {
        Snapshot orders = DemoEstate.load().snapshot("orders").orElseThrow();
        return orders.table("public", "orders").orElseThrow().columns().stream().map(Column::name)
                .filter(c -> new DropColumn("orders", c).validate(orders).isEmpty()).findFirst().orElseThrow();
    }

    private static Estate withBillingReading(Estate estate, String column) {
        ConsumerContract v1 = new ConsumerContract("billing", "v1", null, List.of(new TableAccess(
                QualifiedName.relation("orders", "public", "orders"), List.of(column), Channel.REPLICA,
                SourceLocation.of("phaseshift.yaml", 60, 9))), List.of(), SourceLocation.of("phaseshift.yaml", 58, 5));
        ConsumerContract v2 = new ConsumerContract("billing", "v2", null, List.of(), List.of(), null);
        var definition = estate.definition();
        return estate.withDefinition(definition.withConsumers(List.of(v1, v2)));
    }

    private Phase drop(String id) {
        return Phase.of(id, PhaseKind.CONTRACT, List.of(Step.of("drop-it", "orders",
                new DropColumn("orders", freeColumn()))));
    }

    @Test
    void droppingAColumnALiveVersionReadsIsAnError() {
        SimulationResult result = Simulation.run(Plan.of("p", null, List.of(drop("contract"))), demo);
        assertThat(result.problems()).filteredOn(p -> p.code().equals("consumer-break")).extracting(Problem::message)
                .containsExactly("after phase \"contract\", billing v1 reads orders.public.orders." + freeColumn()
                        + ", dropped in phase contract; the plan does not deploy billing, so billing v1 runs throughout");
        assertThat(result.problems().get(0).help())
                .isEqualTo("keep it until billing v1 is replaced: deploy its successor in an earlier phase");
        assertThat(result.problems().get(0).location()).hasToString("phaseshift.yaml:60:9");
    }

    @Test
    void afterTheConsumerMovedOnTheDropIsFine() {
        Phase deploy = Phase.of("switch", PhaseKind.SWITCH, List.of())
                .withDeployments(List.of(new ConsumerDeployment("billing", "v1", "v2")));
        SimulationResult result = Simulation.run(Plan.of("p", null, List.of(deploy, drop("contract"))), demo);
        assertThat(result.problems()).extracting(Problem::code).doesNotContain("consumer-break");
        SimulationResult tooEarly = Simulation.run(Plan.of("p", null, List.of(drop("contract"), deploy
                .withDeployments(List.of(new ConsumerDeployment("billing", "v1", "v2"))))), demo);
        assertThat(tooEarly.problems()).filteredOn(p -> p.code().equals("consumer-break"))
                .extracting(Problem::message, Problem::help)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("after phase \"contract\", billing v1 reads "
                        + "orders.public.orders." + freeColumn() + ", dropped in phase contract; billing v1 runs until "
                        + "phase \"switch\", where billing v2 replaces it", "move step \"drop-it\" to a phase after "
                        + "\"switch\", or deploy billing v2 in an earlier phase"));
    }

    @Test
    void theDemoPlansBreakNoDeclaredConsumer() throws Exception {
        for (String name : List.of("rename-phone", "orders-priority")) {
            String text = new String(getClass().getResourceAsStream("/demo/plans/" + name + ".plan.yaml")
                    .readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            assertThat(Simulation.run(dev.phaseshift.plan.file.PlanFile.read(text, name, false), DemoEstate.load())
                    .problems())
                    .as(name).isEmpty();
        }
    }
}
