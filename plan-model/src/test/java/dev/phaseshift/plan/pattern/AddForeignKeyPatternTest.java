package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A foreign key added without a blocking scan: index first when none serves it, orphans verified, then the key.
 * The demo estate has every key it needs, so each case first drops one from the demo snapshot.
 */
class AddForeignKeyPatternTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    private Map<String, Snapshot> without(String service, String table, String key) {
        Map<String, Snapshot> snapshots = new HashMap<>(demo);
        snapshots.put(service, new DropConstraint(key, table).applyTo(demo.get(service)));
        return snapshots;
    }

    @Test
    void postgresIndexesConcurrentlyChecksOrphansThenAddsTheKeyNotValid() {
        Map<String, Snapshot> snapshots = without("orders", "return_items", "return_items_order_item_fk");
        Plan plan = new AddForeignKeyPattern("orders", "return_items", List.of("order_item_id"), "order_items",
                List.of("id"), null, null, null).plan(snapshots).plan();
        assertThat(plan.phases()).extracting(Phase::id).containsExactly("index", "check", "constrain");
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.EXPAND, PhaseKind.MIGRATE,
                PhaseKind.CONTRACT);
        assertThat(plan.phases().get(0).steps().get(0).operation()).isEqualTo(new CreateIndex(
                "return_items_order_item_id_idx", "return_items", List.of("order_item_id"), null, null));
        assertThat(plan.phases().get(1).steps().get(0).operation()).isEqualTo(new Verify(
                "SELECT count(*) = 0 FROM return_items c WHERE c.order_item_id IS NOT NULL AND NOT EXISTS "
                        + "(SELECT 1 FROM order_items p WHERE p.id = c.order_item_id)"));
        AddForeignKey key = new AddForeignKey("return_items_order_item_id_fk", "return_items",
                List.of("order_item_id"), "order_items", List.of("id"), null);
        assertThat(plan.phases().get(2).steps().get(0).operation()).isEqualTo(key);
        SimulationResult result = Simulation.run(plan, snapshots);
        assertThat(result.problems()).isEmpty();

        Snapshot beforeKey = result.after(2).get("orders");
        assertThat(key.forwardSql(Dialect.postgres(15), beforeKey)).extracting(RenderedSql::text)
                .anySatisfy(s -> assertThat(s).endsWith("NOT VALID"))
                .last().asString().contains("VALIDATE CONSTRAINT");
        assertThat(plan.phases().get(0).steps().get(0).operation().forwardSql(Dialect.postgres(15),
                snapshots.get("orders"))).extracting(RenderedSql::mode).contains(RenderedSql.Mode.OUTSIDE_TRANSACTION);
    }

    @Test
    void anExistingIndexIsReusedAndMysqlSaysItCopiesTheTable() {
        Map<String, Snapshot> snapshots = without("shipping", "packages", "packages_shipment_fk");
        Plan plan = new AddForeignKeyPattern("shipping", "packages", List.of("shipment_id"), "shipments",
                List.of("id"), "cascade", "packages_shipment_fk", null).plan(snapshots).plan();
        assertThat(plan.phases()).extracting(Phase::id).containsExactly("check", "constrain");
        assertThat(plan.phases().get(1).steps().get(0).notes()).contains("mysql has no NOT VALID");
        assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();
    }

    @Test
    void refusesWhatTheDatabaseWouldRefuse() {
        PatternResult noKey = new AddForeignKeyPattern("shipping", "shipments", List.of("tracking_number"),
                "shipping_addresses", List.of("phone"), null, null, null).plan(demo);
        assertThat(noKey.succeeded()).isFalse();
        assertThat(noKey.problems()).extracting(Problem::message).containsExactly(
                "table \"shipping_addresses\" has no primary key or unique constraint on [phone]");
        assertThat(new AddForeignKeyPattern("orders", "return_items", List.of("order_item_id"), "order_items",
                List.of("id"), null, "return_items_order_item_fk", null).plan(demo).problems())
                .extracting(Problem::code).containsExactly("duplicate-constraint");
        assertThat(new AddForeignKeyPattern("orders", "orders", List.of("customer_id"), "customers", List.of("id"),
                null, null, null).plan(demo).problems()).extracting(Problem::message)
                .containsExactly("table \"customers\" does not exist");
        assertThat(new AddForeignKeyPattern("nope", "t", List.of("c"), "p", List.of("id"), null, null, null)
                .plan(demo).problems()).extracting(Problem::message)
                .containsExactly("service \"nope\" has no snapshot");
    }
}
