package dev.phaseshift.introspect;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.View;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** MySQL/MariaDB databases in states a real estate reaches: each test has its own fresh database. */
class MySqlIntrospectorFailuresTest {

    @Test
    void marksTheSnapshotPartialForWhatTheUserMayNotSee() throws Exception {
        String name = "pstest_u_" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        String user = "'" + name + "'@'%'";
        String password = "pw-" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        try (Connection admin = TestServers.mysql().connectAdmin(); Statement s = admin.createStatement()) {
            s.execute("CREATE USER " + user + " IDENTIFIED BY '" + password + "'");
        }
        try (TestDatabase db = TestServers.mysql().createDatabase("my_privileges")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "mysql/rich.sql");
                Fixtures.load(c, "mysql/privileges.sql", Map.of("user", user, "db", db.name()));
            }
            Snapshot snapshot;
            try (Connection c = new DatabaseConnector().connect("inventory", Engine.MYSQL, db.url(),
                    Credentials.of(name, password), Duration.ofSeconds(10))) {
                snapshot = new MySqlIntrospector().introspect(c, IntrospectionRequest.of("inventory"));
            }
            assertThat(snapshot.partial()).isTrue();
            assertThat(snapshot.skipped()).extracting(SkippedObject::name, SkippedObject::objectType,
                    SkippedObject::part).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("customers", "table", "object"),
                    org.assertj.core.groups.Tuple.tuple("open_orders", "view", "definition"),
                    org.assertj.core.groups.Tuple.tuple("order_lines_order_fk", "foreign key", "actions"),
                    org.assertj.core.groups.Tuple.tuple("orders_customer_fk", "foreign key", "actions"));
            assertThat(snapshot.table(db.name(), "orders").orElseThrow().foreignKey("orders_customer_fk")
                    .orElseThrow().referencedTable()).as("the key itself is kept").isEqualTo("customers");
            assertThat(snapshot.skipped().get(0).reason()).isEqualTo("referenced by foreign key "
                    + "\"orders_customer_fk\" of \"" + db.name() + "\".\"orders\" but not visible to user \""
                    + name + "@%\" (no privilege on it)");
            assertThat(snapshot.schema(db.name()).orElseThrow().tables()).extracting(t -> t.name())
                    .containsExactly("order_lines", "orders");
            View open = snapshot.view(db.name(), "open_orders").orElseThrow();
            assertThat(open.definition()).isNull();
            assertThat(open.columns()).extracting(Column::name).containsExactly("id", "customer_id", "gross");
        } finally {
            try (Connection admin = TestServers.mysql().connectAdmin(); Statement s = admin.createStatement()) {
                s.execute("DROP USER IF EXISTS " + user);
            }
        }
    }

    @Test
    void keepsARoutineWhoseBodyIsHiddenAndListsItAsSkipped() throws Exception {
        String name = "pstest_u_" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        String user = "'" + name + "'@'%'";
        String password = "pw-" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        try (TestDatabase db = TestServers.mysql().createDatabase("my_routine_privileges")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                Fixtures.load(c, "mysql/routines.sql");
                s.execute("CREATE USER " + user + " IDENTIFIED BY '" + password + "'");
                // may call the function, but is neither its definer nor holds SHOW CREATE ROUTINE
                s.execute("GRANT EXECUTE ON FUNCTION `" + db.name() + "`.standard_gross TO " + user);
                s.execute("GRANT SELECT ON `" + db.name() + "`.`Preis Liste` TO " + user);
            }
            Snapshot snapshot;
            try (Connection c = new DatabaseConnector().connect("prices", Engine.MYSQL, db.url(),
                    Credentials.of(name, password), Duration.ofSeconds(10))) {
                snapshot = new MySqlIntrospector().introspect(c, IntrospectionRequest.of("prices"));
            }
            Routine hidden = snapshot.schema(db.name()).orElseThrow().routine("standard_gross").orElseThrow();
            assertThat(hidden.body()).isNull();
            assertThat(hidden.security()).isEqualTo("INVOKER");
            assertThat(snapshot.skipped()).extracting(SkippedObject::name, SkippedObject::objectType,
                    SkippedObject::part).contains(org.assertj.core.groups.Tuple.tuple("standard_gross", "function",
                    "definition"));
        } finally {
            try (Connection admin = TestServers.mysql().connectAdmin(); Statement s = admin.createStatement()) {
                s.execute("DROP USER IF EXISTS " + user);
            }
        }
    }

    @Test
    void listsSystemVersioningAndInvisibleColumnsAsSkippedRatherThanDroppingThemSilently() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("my_unmodelled")) {
            boolean mariadb = TestServers.mysql().serverVersion().toLowerCase().contains("mariadb");
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE tokens (id INT PRIMARY KEY, secret VARCHAR(20) INVISIBLE)");
                if (mariadb) {
                    s.execute("CREATE TABLE prices (id INT PRIMARY KEY, net INT) WITH SYSTEM VERSIONING");
                }
            }
            Snapshot snapshot;
            try (Connection c = Fixtures.connect(db, "unmodelled")) {
                snapshot = new MySqlIntrospector().introspect(c, IntrospectionRequest.of("unmodelled"));
            }
            assertThat(snapshot.partial()).isTrue();
            List<org.assertj.core.groups.Tuple> expected = new java.util.ArrayList<>(List.of(
                    org.assertj.core.groups.Tuple.tuple("tokens.secret", "column", "invisible")));
            if (mariadb) {
                expected.add(0, org.assertj.core.groups.Tuple.tuple("prices", "table", "system versioning"));
            }
            assertThat(snapshot.skipped()).extracting(SkippedObject::name, SkippedObject::objectType,
                    SkippedObject::part).containsExactlyElementsOf(expected);
        }
    }

    @Test
    void namesTheTableDroppedWhileBeingRead() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("my_dropped")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "mysql/doomed.sql");
            }
            AtomicReference<SQLException> dropFailure = new AtomicReference<>();
            IntrospectionListener dropper = step -> {
                if (step.equals("columns")) {
                    try (Connection other = db.connect(); Statement s = other.createStatement()) {
                        s.execute("SET SESSION lock_wait_timeout = 5");
                        s.execute("DROP TABLE doomed");
                    } catch (SQLException e) {
                        dropFailure.set(e);
                    }
                }
            };
            try (Connection c = Fixtures.connect(db, "stock")) {
                assertThatThrownBy(() -> new MySqlIntrospector().introspect(c,
                        IntrospectionRequest.of("stock").withListener(dropper)))
                        .isInstanceOfSatisfying(IntrospectionException.class,
                                e -> assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.READ))
                        .hasMessageEndingWith("service \"stock\": table \"" + db.name()
                                + "\".\"doomed\" was dropped or changed while being read; run the inspection again");
            }
            assertThat((Throwable) dropFailure.get()).isNull();
        }
    }

    @Test
    void readsInAReadOnlySessionAndRestoresItsTimeout() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("my_read_only")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "mysql/doomed.sql");
            }
            boolean mariadb = TestServers.mysql().serverVersion().toLowerCase().contains("mariadb");
            String timeout = mariadb ? "@@SESSION.max_statement_time" : "@@SESSION.max_execution_time";
            try (Connection c = Fixtures.connect(db, "stock"); Statement s = c.createStatement()) {
                String before = scalar(s, "SELECT " + timeout);
                assertThat(Double.parseDouble(before)).isEqualTo(mariadb ? 20.0 : 20000.0);
                new MySqlIntrospector().introspect(c, IntrospectionRequest.of("stock")
                        .withStatementTimeout(Duration.ofSeconds(3)));
                assertThat(scalar(s, "SELECT " + timeout)).isEqualTo(before);
                assertThat(scalar(s, mariadb ? "SELECT @@SESSION.tx_read_only"
                        : "SELECT @@SESSION.transaction_read_only")).as("the server enforces it too").isEqualTo("1");
                assertThatThrownBy(() -> s.execute("INSERT INTO keeper VALUES (1)"))
                        .hasMessageContaining("read-only");
            }
        }
    }

    private static String scalar(Statement s, String sql) throws SQLException {
        try (ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getString(1);
        }
    }
}
