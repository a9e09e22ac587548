package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.ServerRun;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The patterns' plans applied phase by phase to real databases loaded from the demo SQL (customers on PostgreSQL,
 * shipping on MariaDB). After every phase, each consumer version the plan says is live then writes and reads
 * through its own column name, and sees what the other live version wrote: no live version ever fails.
 * A version is live from the start (or its deployment) until the phase after the one that replaces it.
 */
class PatternOnServerTest {
    private int probe;

    @Test
    void renameAcrossTwoEnginesNeverBreaksALiveVersion() throws Exception {
        try (TestDatabase customers = TestServers.postgres().createDatabase("pattern_customers");
             TestDatabase shipping = TestServers.mysql().createDatabase("pattern_shipping")) {
            ServerRun.script(customers, DemoEstate.sql("customers"));
            ServerRun.script(shipping, DemoEstate.sql("shipping"));
            Map<String, TestDatabase> dbs = Map.of("customers", customers, "shipping", shipping);
            Map<String, Snapshot> snapshots = new HashMap<>();
            for (var e : dbs.entrySet()) {
                snapshots.put(e.getKey(), ServerRun.introspect(e.getValue()));
            }
            Plan plan = new RenameColumnPattern(List.of(new ColumnTarget("customers", "customers", "phone"),
                    new ColumnTarget("shipping", "shipping_addresses", "phone")), "phone_number",
                    List.of(new ConsumerDeployment("customers", "v1", "v2"),
                            new ConsumerDeployment("shipping", "v3", "v4")), null).plan(snapshots).plan();
            assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();

            Map<String, String> columnOf = Map.of("v1", "phone", "v2", "phone_number", "v3", "phone", "v4", "phone_number");
            for (int k = 0; k <= plan.phases().size(); k++) {
                if (k > 0) {
                    apply(plan.phases().get(k - 1), dbs);
                }
                for (String service : dbs.keySet()) {
                    List<String> live = live(plan, service, k);
                    for (String writer : live) {
                        for (String reader : live) {
                            String value = "+" + (++probe);
                            long id = insert(dbs.get(service), service, columnOf.get(writer), value);
                            assertThat(read(dbs.get(service), service, columnOf.get(reader), id))
                                    .as("after %d phases, %s %s writes, %s reads", k, service, writer, reader)
                                    .isEqualTo(value);
                            String changed = "+" + (++probe);
                            update(dbs.get(service), service, columnOf.get(writer), id, changed);
                            assertThat(read(dbs.get(service), service, columnOf.get(reader), id))
                                    .as("after %d phases, %s %s updates, %s reads", k, service, writer, reader)
                                    .isEqualTo(changed);
                        }
                    }
                }
            }
        }
    }

    @Test
    void addNotNullColumnKeepsOldWritersWorking() throws Exception {
        try (TestDatabase shipping = TestServers.mysql().createDatabase("pattern_notnull")) {
            ServerRun.script(shipping, DemoEstate.sql("shipping"));
            Snapshot snapshot = ServerRun.introspect(shipping);
            Plan plan = new AddNotNullColumnPattern("shipping", "shipping_addresses", "is_business", "tinyint(1)", "0",
                    null).plan(Map.of("shipping", snapshot)).plan();
            assertThat(Simulation.run(plan, Map.of("shipping", snapshot)).problems()).isEmpty();
            for (Phase phase : plan.phases()) {
                apply(phase, Map.of("shipping", shipping));
                long id = insert(shipping, "shipping", "phone", "+1");
                try (Connection c = shipping.connect(); Statement s = c.createStatement();
                     ResultSet rs = s.executeQuery("SELECT is_business FROM shipping_addresses WHERE id = " + id)) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).as("after " + phase.id()).isZero();
                }
            }
            Snapshot after = ServerRun.introspect(shipping);
            assertThat(after.table(ServerRun.schemaName(shipping), "shipping_addresses").orElseThrow()
                    .column("is_business").orElseThrow().nullable()).isFalse();
        }
    }

    /** Versions running on the schema after {@code k} phases. */
    private static List<String> live(Plan plan, String service, int k) {
        String current = null;
        String next = null;
        for (int i = 0; i < plan.phases().size(); i++) {
            for (ConsumerDeployment d : plan.phases().get(i).deployments()) {
                if (!d.service().equals(service)) {
                    continue;
                }
                if (i + 1 < k) {
                    current = d.to();
                } else if (i + 1 == k) {
                    current = d.from();
                    next = d.to();
                } else if (current == null) {
                    current = d.from();
                }
            }
        }
        return next == null ? List.of(current) : List.of(current, next);
    }

    private static void apply(Phase phase, Map<String, TestDatabase> dbs) throws Exception {
        for (Step step : phase.steps()) {
            TestDatabase db = dbs.get(step.service());
            Dialect dialect = ServerRun.dialect(db);
            ServerRun.run(db, step.operation().forwardSql(dialect, ServerRun.introspect(db)));
        }
    }

    private long insert(TestDatabase db, String service, String column, String value) throws SQLException {
        String marker = "probe-" + (++probe);
        String sql = service.equals("customers")
                ? "INSERT INTO customers (email, full_name, " + column + ") VALUES ('" + marker + "@example.test', '"
                + marker + "', '" + value + "')"
                : "INSERT INTO shipping_addresses (customer_id, recipient_name, line1, city, postal_code, country_code, "
                + column + ") VALUES (1, '" + marker + "', 'l', 'c', 'p', 'DE', '" + value + "')";
        String find = service.equals("customers") ? "SELECT id FROM customers WHERE full_name = '" + marker + "'"
                : "SELECT id FROM shipping_addresses WHERE recipient_name = '" + marker + "'";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute(sql);
            try (ResultSet rs = s.executeQuery(find)) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private static void update(TestDatabase db, String service, String column, long id, String value)
            throws SQLException {
        String table = service.equals("customers") ? "customers" : "shipping_addresses";
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            s.execute("UPDATE " + table + " SET " + column + " = '" + value + "' WHERE id = " + id);
        }
    }

    private static String read(TestDatabase db, String service, String column, long id) throws SQLException {
        String table = service.equals("customers") ? "customers" : "shipping_addresses";
        try (Connection c = db.connect(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT " + column + " FROM " + table + " WHERE id = " + id)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
