package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.plan.op.Verify;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** A unique constraint added without blocking writes: duplicates verified first, then the constraint. */
class AddUniqueConstraintPatternTest {
    private final Map<String, Snapshot> demo = DemoEstate.load().snapshots();

    @Test
    void postgresChecksDuplicatesThenAttachesAConcurrentlyBuiltIndex() {
        Plan plan = new AddUniqueConstraintPattern("customers", "customers", List.of("external_id"), null, null)
                .plan(demo).plan();
        assertThat(plan.phases()).extracting(Phase::kind).containsExactly(PhaseKind.MIGRATE, PhaseKind.CONTRACT);
        assertThat(plan.phases().get(0).steps().get(0).operation()).isEqualTo(new Verify("SELECT count(*) = 0 FROM "
                + "(SELECT 1 FROM customers WHERE external_id IS NOT NULL GROUP BY external_id "
                + "HAVING count(*) > 1) d"));
        AddUnique unique = new AddUnique("customers_external_id_uq", "customers", List.of("external_id"));
        assertThat(plan.phases().get(1).steps().get(0).operation()).isEqualTo(unique);
        SimulationResult result = Simulation.run(plan, demo);
        assertThat(result.problems()).isEmpty();
        assertThat(result.after(2).get("customers").table("public", "customers").orElseThrow()
                .constraint("customers_external_id_uq")).isPresent();

        List<RenderedSql> sql = unique.forwardSql(Dialect.postgres(15), demo.get("customers"));
        assertThat(sql).filteredOn(s -> s.text().startsWith("CREATE UNIQUE INDEX CONCURRENTLY"))
                .singleElement().extracting(RenderedSql::mode).isEqualTo(RenderedSql.Mode.OUTSIDE_TRANSACTION);
        assertThat(sql).last().extracting(RenderedSql::text).asString()
                .endsWith("UNIQUE USING INDEX \"customers_external_id_uq\"");
    }

    @Test
    void mysqlAddsItInPlaceWithoutLocks() {
        Plan plan = new AddUniqueConstraintPattern("shipping", "shipments", List.of("carrier_id", "carrier_ref"),
                "shipments_carrier_ref_uq", null).plan(demo).plan();
        assertThat(plan.phases().get(0).steps().get(0).operation()).isEqualTo(new Verify("SELECT count(*) = 0 FROM "
                + "(SELECT 1 FROM shipments WHERE carrier_id IS NOT NULL AND carrier_ref IS NOT NULL "
                + "GROUP BY carrier_id, carrier_ref HAVING count(*) > 1) d"));
        assertThat(Simulation.run(plan, demo).problems()).isEmpty();
        assertThat(plan.phases().get(1).steps().get(0).operation().forwardSql(Dialect.mariadb(10, 11, 0),
                demo.get("shipping"))).extracting(RenderedSql::text).last().asString()
                .endsWith("ALGORITHM=INPLACE, LOCK=NONE");
    }

    @Test
    void refusesWhatIsAlreadyUniqueOrDoesNotExist() {
        assertThat(new AddUniqueConstraintPattern("shipping", "pickup_points", List.of("carrier_id", "external_id"),
                null, null).plan(demo).problems()).extracting(Problem::message).containsExactly(
                "columns [carrier_id, external_id] of table \"pickup_points\" are already unique through "
                        + "\"pickup_points_carrier_external_uq\"");
        assertThat(new AddUniqueConstraintPattern("customers", "customers", List.of("nope"), null, null).plan(demo)
                .problems()).extracting(Problem::message)
                .containsExactly("column \"nope\" does not exist on table \"customers\"");
        assertThat(new AddUniqueConstraintPattern("customers", "nope", List.of("id"), null, null).plan(demo)
                .succeeded()).isFalse();
    }
}
