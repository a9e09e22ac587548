package dev.phaseshift.plan.pattern;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
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
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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

    @Test
    void changeColumnTypeOnBothEnginesNeverBreaksALiveVersion() throws Exception {
        try (TestDatabase customers = TestServers.postgres().createDatabase("pattern_type_customers");
             TestDatabase shipping = TestServers.mysql().createDatabase("pattern_type_shipping")) {
            ServerRun.script(customers, DemoEstate.sql("customers"));
            ServerRun.script(shipping, DemoEstate.sql("shipping"));
            Map<String, TestDatabase> dbs = Map.of("customers", customers, "shipping", shipping);
            Map<String, String> versions = Map.of("customers", "v1", "shipping", "v3");
            Map<String, String> next = Map.of("customers", "v2", "shipping", "v4");
            for (String service : dbs.keySet()) {
                Map<String, Snapshot> snapshots = Map.of(service, ServerRun.introspect(dbs.get(service)));
                String table = service.equals("customers") ? "customers" : "shipping_addresses";
                Plan plan = new ChangeColumnTypePattern(new ColumnTarget(service, table, "phone"), "varchar(64)",
                        "phone_e164", null, List.of(new ConsumerDeployment(service, versions.get(service),
                        next.get(service))), null).plan(snapshots).plan();
                assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();
                Map<String, String> columnOf = Map.of(versions.get(service), "phone", next.get(service), "phone_e164");
                for (int k = 0; k <= plan.phases().size(); k++) {
                    if (k > 0) {
                        apply(plan.phases().get(k - 1), dbs);
                    }
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
                Snapshot after = ServerRun.introspect(dbs.get(service));
                var column = after.table(ServerRun.schemaName(dbs.get(service)), table).orElseThrow()
                        .column("phone_e164").orElseThrow();
                assertThat(column.type()).as(service).containsIgnoringCase("64");
            }
        }
    }

    @Test
    void addForeignKeyStopsAtOrphansThenEnforcesTheKeyOnBothEngines() throws Exception {
        try (TestDatabase orders = TestServers.postgres().createDatabase("pattern_fk_orders");
             TestDatabase shipping = TestServers.mysql().createDatabase("pattern_fk_shipping")) {
            ServerRun.script(orders, DemoEstate.sql("orders"));
            ServerRun.script(shipping, DemoEstate.sql("shipping"));
            execute(orders, "ALTER TABLE return_items DROP CONSTRAINT return_items_order_item_fk");
            execute(shipping, "ALTER TABLE packages DROP FOREIGN KEY packages_shipment_fk");
            Map<String, String> orphan = Map.of(
                    "orders", "INSERT INTO return_items (return_id, order_item_id, quantity) "
                            + "SELECT id, 987654321, 1 FROM returns ORDER BY id LIMIT 1",
                    "shipping", "INSERT INTO packages (shipment_id, length_mm, width_mm, height_mm, weight_grams) "
                            + "VALUES (987654321, 1, 1, 1, 1)");
            Map<String, String> cleanUp = Map.of("orders", "DELETE FROM return_items WHERE order_item_id = 987654321",
                    "shipping", "DELETE FROM packages WHERE shipment_id = 987654321");
            Map<String, TestDatabase> dbs = Map.of("orders", orders, "shipping", shipping);
            Map<String, AddForeignKeyPattern> patterns = Map.of(
                    "orders", new AddForeignKeyPattern("orders", "return_items", List.of("order_item_id"),
                            "order_items", List.of("id"), null, null, null),
                    "shipping", new AddForeignKeyPattern("shipping", "packages", List.of("shipment_id"), "shipments",
                            List.of("id"), "cascade", null, null));
            for (String service : dbs.keySet()) {
                TestDatabase db = dbs.get(service);
                Map<String, Snapshot> snapshots = Map.of(service, ServerRun.introspect(db));
                Plan plan = patterns.get(service).plan(snapshots).plan();
                assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();
                assertThat(execute(db, orphan.get(service))).as(service + " orphan inserted").isEqualTo(1);
                Phase check = plan.phases().stream().filter(p -> p.id().equals("check")).findFirst().orElseThrow();
                for (Phase phase : plan.phases()) {
                    if (phase == check) {
                        assertThatThrownBy(() -> apply(phase, dbs))
                                .as(service + ": the orphan stops the plan").isInstanceOf(AssertionError.class);
                        execute(db, cleanUp.get(service));
                    }
                    apply(phase, dbs);
                }
                assertThatThrownBy(() -> execute(db, orphan.get(service)))
                        .as(service + ": the key refuses a new orphan").isInstanceOf(SQLException.class);
                Snapshot after = ServerRun.introspect(db);
                String table = service.equals("orders") ? "return_items" : "packages";
                assertThat(after.table(ServerRun.schemaName(db), table).orElseThrow().foreignKeys())
                        .as(service).anySatisfy(f -> assertThat(f.validated()).isTrue());
            }
        }
    }

    @Test
    void addUniqueStopsAtDuplicatesThenEnforcesTheKeyOnBothEngines() throws Exception {
        try (TestDatabase customers = TestServers.postgres().createDatabase("pattern_uq_customers");
             TestDatabase shipping = TestServers.mysql().createDatabase("pattern_uq_shipping")) {
            ServerRun.script(customers, DemoEstate.sql("customers"));
            ServerRun.script(shipping, DemoEstate.sql("shipping"));
            Map<String, TestDatabase> dbs = Map.of("customers", customers, "shipping", shipping);
            Map<String, AddUniqueConstraintPattern> patterns = Map.of(
                    "customers", new AddUniqueConstraintPattern("customers", "customers", List.of("external_id"),
                            null, null),
                    "shipping", new AddUniqueConstraintPattern("shipping", "carriers", List.of("name"), null, null));
            Map<String, String> duplicate = Map.of(
                    "customers", "INSERT INTO customers (email, full_name, external_id) SELECT 'dup@example.test', "
                            + "'dup', external_id FROM customers WHERE external_id IS NOT NULL ORDER BY id LIMIT 1",
                    "shipping", "INSERT INTO carriers (code, name) SELECT 'dup', name FROM carriers "
                            + "ORDER BY id LIMIT 1");
            Map<String, String> cleanUp = Map.of("customers", "DELETE FROM customers WHERE full_name = 'dup'",
                    "shipping", "DELETE FROM carriers WHERE code = 'dup'");
            for (String service : dbs.keySet()) {
                TestDatabase db = dbs.get(service);
                Map<String, Snapshot> snapshots = Map.of(service, ServerRun.introspect(db));
                Plan plan = patterns.get(service).plan(snapshots).plan();
                assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();
                assertThat(execute(db, duplicate.get(service))).as(service + " duplicate inserted").isEqualTo(1);
                assertThatThrownBy(() -> apply(plan.phases().get(0), dbs))
                        .as(service + ": the duplicate stops the plan").isInstanceOf(AssertionError.class);
                execute(db, cleanUp.get(service));
                for (Phase phase : plan.phases()) {
                    apply(phase, dbs);
                }
                assertThatThrownBy(() -> execute(db, duplicate.get(service)))
                        .as(service + ": the constraint refuses a new duplicate").isInstanceOf(SQLException.class);
            }
        }
    }

    @Test
    void moveTableFromPostgresToMariadbCreatesMappedTypesTheCopyFits() throws Exception {
        try (TestDatabase orders = TestServers.postgres().createDatabase("pattern_move_orders");
             TestDatabase shipping = TestServers.mysql().createDatabase("pattern_move_shipping")) {
            ServerRun.script(orders, DemoEstate.sql("orders"));
            ServerRun.script(shipping, DemoEstate.sql("shipping"));
            Map<String, TestDatabase> dbs = Map.of("orders", orders, "shipping", shipping);
            Map<String, Snapshot> snapshots = new HashMap<>(DemoEstate.load().snapshots());
            snapshots.put("orders", ServerRun.introspect(orders));
            snapshots.put("shipping", ServerRun.introspect(shipping));
            Plan plan = new MoveTablePattern("orders", "order_addresses", "shipping", null,
                    List.of(new ConsumerDeployment("orders", "v12", "v13"), new ConsumerDeployment("shipping", "v3",
                            "v4")), null).plan(DemoEstate.load().withSnapshots(snapshots)).plan();
            assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();
            String columns = "order_id, kind, recipient, line1, line2, city, postal_code, country_code";
            int copied = 0;
            for (Phase phase : plan.phases()) {
                if (phase.kind() == PhaseKind.MIGRATE) {
                    // stands in for the external copy tool the migrate phase waits for
                    try (Connection from = orders.connect(); Connection to = shipping.connect();
                         Statement read = from.createStatement();
                         ResultSet rs = read.executeQuery("SELECT " + columns + " FROM order_addresses");
                         var write = to.prepareStatement("INSERT INTO order_addresses (" + columns
                                 + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
                        while (rs.next()) {
                            for (int i = 1; i <= 8; i++) {
                                write.setObject(i, rs.getObject(i));
                            }
                            copied += write.executeUpdate();
                        }
                    }
                }
                apply(phase, dbs);
            }
            assertThat(copied).isPositive();
            try (Connection c = shipping.connect(); Statement s = c.createStatement();
                 ResultSet rs = s.executeQuery("SELECT count(*) FROM order_addresses")) {
                rs.next();
                assertThat(rs.getInt(1)).isEqualTo(copied);
            }
            assertThat(ServerRun.introspect(orders).table(ServerRun.schemaName(orders), "order_addresses")).isEmpty();
        }
    }

    @Test
    void splitColumnNeverBreaksALiveVersion() throws Exception {
        try (TestDatabase customers = TestServers.postgres().createDatabase("pattern_split_customers")) {
            ServerRun.script(customers, DemoEstate.sql("customers"));
            Map<String, Snapshot> snapshots = Map.of("customers", ServerRun.introspect(customers));
            Plan plan = new SplitColumnPattern("customers", "customers", "marketing_opt_in", "customer_marketing",
                    List.of(new ConsumerDeployment("customers", "v1", "v2")), null).plan(snapshots).plan();
            assertThat(Simulation.run(plan, snapshots).problems()).isEmpty();
            Map<String, TestDatabase> dbs = Map.of("customers", customers);
            for (int k = 0; k <= plan.phases().size(); k++) {
                if (k > 0) {
                    apply(plan.phases().get(k - 1), dbs);
                }
                List<String> live = live(plan, "customers", k);
                for (String writer : live) {
                    for (String reader : live) {
                        String marker = "split-" + (++probe);
                        long id;
                        try (Connection c = customers.connect(); Statement s = c.createStatement()) {
                            String insert = "INSERT INTO customers (email, full_name" + (writer.equals("v1")
                                    ? ", marketing_opt_in) VALUES ('" + marker + "@example.test', '" + marker
                                    + "', true)" : ") VALUES ('" + marker + "@example.test', '" + marker + "')");
                            s.execute(insert);
                            try (ResultSet rs = s.executeQuery("SELECT id FROM customers WHERE full_name = '"
                                    + marker + "'")) {
                                rs.next();
                                id = rs.getLong(1);
                            }
                            if (writer.equals("v2")) {
                                s.execute("INSERT INTO customer_marketing (id, marketing_opt_in) VALUES (" + id
                                        + ", true) ON CONFLICT (id) DO UPDATE SET marketing_opt_in = true");
                            }
                            assertThat(optIn(s, reader, id)).as("after %d phases, %s inserts, %s reads", k, writer,
                                    reader).isTrue();
                            s.execute(writer.equals("v1")
                                    ? "UPDATE customers SET marketing_opt_in = false WHERE id = " + id
                                    : "UPDATE customer_marketing SET marketing_opt_in = false WHERE id = " + id);
                            assertThat(optIn(s, reader, id)).as("after %d phases, %s updates, %s reads", k, writer,
                                    reader).isFalse();
                        }
                    }
                }
            }
        }
    }

    private static boolean optIn(Statement s, String version, long id) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT marketing_opt_in FROM "
                + (version.equals("v1") ? "customers" : "customer_marketing") + " WHERE id = " + id)) {
            assertThat(rs.next()).as(version + " finds row " + id).isTrue();
            return rs.getBoolean(1);
        }
    }

    private static int execute(TestDatabase db, String sql) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            return s.executeUpdate(sql);
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
