package dev.phaseshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.dryrun.SchemaComparison;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Both demo plans applied phase by phase on fresh copies of the demo databases, as CI would: the journal rows, the
 * gates, {@code status}, and {@code rollback} of every phase bringing the schemas back to where they started.
 */
class ApplyCommandDemoTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void theRenamePlanAppliesPhaseByPhaseAcrossPostgresAndMariaDbAndRollsBackToTheStart() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql);
            Path plan = DemoEstateFiles.plan(dir, "rename-phone");
            String customers = copy.prefix() + "shop_customers";
            String shipping = copy.prefix() + "shop_shipping";
            Snapshot customersBefore = read(pg, customers, Engine.POSTGRESQL, "public");
            Snapshot shippingBefore = read(mysql, shipping, Engine.MYSQL, shipping);

            CliRun expand = apply(plan, estate, "expand");
            assertThat(expand.exitCode()).as(expand.err() + expand.out()).isZero();
            assertThat(expand.out()).contains("apply of phase \"expand\" of plan \"rename phone to phone_number\": done");
            assertThat(stepRows(pg, customers, "phaseshift.journal")).containsExactly(
                    "expand customers-customers-add-phone_number done 1",
                    "expand customers-customers-sync-phone_number done 1");
            assertThat(stepRows(mysql, shipping, "phaseshift_journal")).containsExactly(
                    "expand shipping-shipping_addresses-add-phone_number done 1",
                    "expand shipping-shipping_addresses-sync-insert-phone_number done 1",
                    "expand shipping-shipping_addresses-sync-update-phone_number done 1");

            CliRun again = apply(plan, estate, "expand");
            assertThat(again.exitCode()).isZero();
            assertThat(again.out()).contains("already done, nothing ran");

            CliRun migrate = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "migrate",
                    "--parallel", "2");
            assertThat(migrate.exitCode()).as(migrate.err() + migrate.out()).isZero();
            try (Connection c = pg.connect(customers); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM customers WHERE phone IS NOT NULL"
                         + " AND phone_number IS DISTINCT FROM phone")) {
                rs.next();
                assertThat(rs.getLong(1)).isZero();
            }
            long copied = backfillRows(pg, customers);
            assertThat(copied).isEqualTo(count(pg, customers, "SELECT count(*) FROM customers WHERE phone IS NOT NULL"));

            CliRun switchWithoutYes = apply(plan, estate, "switch");
            assertThat(switchWithoutYes.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(switchWithoutYes.err()).contains("waits for manual approval").contains("pass --yes");
            CliRun switched = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "switch",
                    "--yes");
            assertThat(switched.exitCode()).as(switched.err() + switched.out()).isZero();

            CliRun contractWaits = apply(plan, estate, "contract");
            assertThat(contractWaits.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(contractWaits.err()).contains("waits for customers v2 to be deployed")
                    .contains("--deployed customers=v2");
            CliRun contract = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "contract",
                    "--deployed", "customers=v2", "--deployed", "shipping=v4", "--format", "json");
            assertThat(contract.exitCode()).as(contract.err() + contract.out()).isZero();
            JsonNode result = MAPPER.readTree(contract.out());
            assertThat(result.path("ok").asBoolean()).isTrue();
            assertThat(result.path("gates").get(0).asText()).contains("--deployed customers=v2");

            CliRun status = CliRun.of("status", plan.toString(), "--estate", estate.toString(), "--format", "json");
            assertThat(status.exitCode()).as(status.err()).isZero();
            JsonNode steps = MAPPER.readTree(status.out()).path("steps");
            assertThat(steps.size()).isEqualTo(14);
            steps.forEach(s -> assertThat(s.path("state").asText()).as(s.toString()).isEqualTo("done"));
            CliRun statusText = CliRun.of("status", plan.toString(), "--estate", estate.toString());
            assertThat(statusText.out()).contains("phase contract").contains("customers: done")
                    .contains("customers-customers-backfill-phone_number");

            for (String phase : List.of("contract", "switch", "migrate", "expand")) {
                CliRun back = CliRun.of("rollback", plan.toString(), "--estate", estate.toString(), "--phase", phase,
                        "--yes");
                assertThat(back.exitCode()).as(phase + ": " + back.err() + back.out()).isZero();
            }
            assertThat(withoutJournal(SchemaComparison.differences("customers", customersBefore,
                    read(pg, customers, Engine.POSTGRESQL, "public")))).isEmpty();
            assertThat(withoutJournal(SchemaComparison.differences("shipping", shippingBefore,
                    read(mysql, shipping, Engine.MYSQL, shipping)))).isEmpty();
            CliRun afterRollback = CliRun.of("status", plan.toString(), "--estate", estate.toString(), "--format",
                    "json");
            MAPPER.readTree(afterRollback.out()).path("steps").forEach(s -> assertThat(s.path("state").asText())
                    .as(s.toString()).isEqualTo("rolled back"));
        }
    }

    @Test
    void theOrdersPlanBackfillsAndSetsNotNullThenRollsBack() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql, "orders");
            Path plan = DemoEstateFiles.plan(dir, "orders-priority");
            String orders = copy.prefix() + "shop_orders";
            Snapshot before = read(pg, orders, Engine.POSTGRESQL, "public");
            for (String phase : List.of("expand", "migrate", "contract")) {
                CliRun run = apply(plan, estate, phase);
                assertThat(run.exitCode()).as(phase + ": " + run.err() + run.out()).isZero();
            }
            assertThat(count(pg, orders, "SELECT count(*) FROM information_schema.columns WHERE table_name = 'orders'"
                    + " AND column_name = 'fulfilment_priority' AND is_nullable = 'NO'")).isEqualTo(1);
            assertThat(stepRows(pg, orders, "phaseshift.journal")).containsExactly(
                    "expand orders-orders-fulfilment_priority-add done 1",
                    "migrate orders-orders-fulfilment_priority-backfill done 1",
                    "migrate orders-orders-fulfilment_priority-verify done 1",
                    "contract orders-orders-fulfilment_priority-not-null done 1");
            for (String phase : List.of("contract", "migrate", "expand")) {
                CliRun back = CliRun.of("rollback", plan.toString(), "--estate", estate.toString(), "--phase", phase,
                        "--yes");
                assertThat(back.exitCode()).as(phase + ": " + back.err() + back.out()).isZero();
            }
            assertThat(withoutJournal(SchemaComparison.differences("orders", before,
                    read(pg, orders, Engine.POSTGRESQL, "public")))).isEmpty();
            assertThat(stepRows(pg, orders, "phaseshift.journal")).allMatch(r -> r.contains("rolled_back"));
        }
    }

    private static CliRun apply(Path plan, Path estate, String phase) {
        return CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", phase);
    }

    /** The step rows of the journal: phase, step, status, attempt, oldest first. */
    static List<String> stepRows(DatabaseServer server, String database, String table) throws Exception {
        List<String> rows = new ArrayList<>();
        try (Connection c = server.connect(database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT phase, step_id, status, attempt FROM " + table
                     + " WHERE kind = 'step' ORDER BY id")) {
            while (rs.next()) {
                rows.add(rs.getString(1) + " " + rs.getString(2) + " " + rs.getString(3) + " " + rs.getInt(4));
            }
        }
        return rows;
    }

    private static long backfillRows(DatabaseServer server, String database) throws Exception {
        return count(server, database, "SELECT rows_done FROM phaseshift.journal WHERE kind = 'step'"
                + " AND step_id = 'customers-customers-backfill-phone_number' AND status = 'done'");
    }

    private static long count(DatabaseServer server, String database, String sql) throws Exception {
        try (Connection c = server.connect(database); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Snapshot read(DatabaseServer server, String database, Engine engine, String schema)
            throws Exception {
        try (Connection c = server.connect(database)) {
            return Introspector.forEngine(engine).introspect(c,
                    IntrospectionRequest.of("x").withSchemas(List.of(schema), List.of()));
        }
    }

    /** The journal is the runner's own table; it stays after a rollback, on purpose. */
    private static List<String> withoutJournal(List<String> differences) {
        return differences.stream().filter(d -> !d.contains("phaseshift_journal")).toList();
    }
}
