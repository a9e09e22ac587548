package dev.phaseshift.introspect;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** PostgreSQL databases in states a real estate reaches: each test has its own fresh database. */
class PostgresIntrospectorFailuresTest {

    @Test
    void showsTheInvalidIndexAFailedConcurrentBuildLeavesBehind() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("pg_invalid_index")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "postgresql/invalid-index.sql");
                try (Statement s = c.createStatement()) {
                    assertThatThrownBy(() -> s.execute(
                            "CREATE UNIQUE INDEX CONCURRENTLY accounts_email_key ON public.accounts (email)"))
                            .hasMessageContaining("could not create unique index");
                }
            }
            Snapshot snapshot;
            try (Connection c = Fixtures.connect(db, "accounts")) {
                snapshot = new PostgresIntrospector().introspect(c, IntrospectionRequest.of("accounts"));
            }
            Index index = snapshot.table("public", "accounts").orElseThrow().index("accounts_email_key").orElseThrow();
            assertThat(index.valid()).isFalse();
            assertThat(index.unique()).isTrue();
            assertThat(index.keys()).containsExactly("email");
            assertThat(index.constraint()).isNull();
            assertThat(snapshot.table("public", "accounts").orElseThrow().index("accounts_pkey").orElseThrow().valid())
                    .isTrue();
        }
    }

    @Test
    void marksTheSnapshotPartialForObjectsTheRoleMayNotRead() throws Exception {
        String role = "pstest_reader_" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        String password = "pw-" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        try (Connection admin = TestServers.postgres().connectAdmin(); Statement s = admin.createStatement()) {
            s.execute("CREATE ROLE " + role + " LOGIN PASSWORD '" + password + "'");
        }
        try (TestDatabase db = TestServers.postgres().createDatabase("pg_privileges")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "postgresql/privileges.sql", Map.of("role", role));
            }
            Snapshot snapshot;
            try (Connection c = new DatabaseConnector().connect("payroll", dev.phaseshift.schema.Engine.POSTGRESQL,
                    db.url(), Credentials.of(role, password), Duration.ofSeconds(10))) {
                snapshot = new PostgresIntrospector().introspect(c, IntrospectionRequest.of("payroll"));
            }
            assertThat(snapshot.partial()).isTrue();
            assertThat(snapshot.skipped()).extracting(SkippedObject::schema, SkippedObject::name,
                    SkippedObject::objectType, SkippedObject::part).containsExactly(
                    org.assertj.core.groups.Tuple.tuple("secret", "bonuses", "table", "data"),
                    org.assertj.core.groups.Tuple.tuple("secret", "payroll", "table", "data"),
                    org.assertj.core.groups.Tuple.tuple("secret", "payslip_numbers", "sequence", "data"),
                    org.assertj.core.groups.Tuple.tuple("secret", "salaries", "view", "data"));
            assertThat(snapshot.skipped().get(0).reason())
                    .isEqualTo("no SELECT privilege for role \"" + role + "\": definition read from the catalog, "
                            + "rows cannot be read");
            assertThat(snapshot.skipped().get(1).reason()).contains("may SELECT only some columns");
            Table payroll = snapshot.table("secret", "payroll").orElseThrow();
            assertThat(payroll.columns()).as("the catalog still shows the structure").extracting(Column::name)
                    .containsExactly("id", "customer_id", "salary");
            assertThat(payroll.foreignKeys()).hasSize(1);
            assertThat(snapshot.view("secret", "salaries").orElseThrow().definition()).contains("secret.payroll");
        } finally {
            try (Connection admin = TestServers.postgres().connectAdmin(); Statement s = admin.createStatement()) {
                s.execute("DROP ROLE IF EXISTS " + role);
            }
        }
    }

    @Test
    void namesTheTableDroppedWhileBeingRead() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("pg_dropped")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "postgresql/doomed.sql");
            }
            AtomicReference<SQLException> dropFailure = new AtomicReference<>();
            IntrospectionListener dropper = step -> {
                if (step.equals("constraints")) {
                    try (Connection other = db.connect(); Statement s = other.createStatement()) {
                        s.execute("SET lock_timeout = '5s'");
                        s.execute("DROP TABLE app.doomed");
                    } catch (SQLException e) {
                        dropFailure.set(e);
                    }
                }
            };
            try (Connection c = Fixtures.connect(db, "billing")) {
                assertThatThrownBy(() -> new PostgresIntrospector().introspect(c,
                        IntrospectionRequest.of("billing").withListener(dropper)))
                        .isInstanceOfSatisfying(IntrospectionException.class,
                                e -> assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.READ))
                        .hasMessage("postgres: service \"billing\": table \"app\".\"doomed\" was dropped or changed "
                                + "while being read; run the inspection again");
            }
            assertThat((Throwable) dropFailure.get()).isNull();
        }
    }

    @Test
    void givesUpAfterTheStatementTimeoutAndSaysWhatItWasReading() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("pg_timeout")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "postgresql/doomed.sql");
            }
            try (Connection c = Fixtures.connect(db, "billing");
                 Connection locker = db.connect(); Statement lock = locker.createStatement()) {
                // a catalog the introspection reads, locked the way only a superuser's maintenance can
                locker.setAutoCommit(false);
                lock.execute("LOCK TABLE pg_catalog.pg_description IN ACCESS EXCLUSIVE MODE");
                long start = System.nanoTime();
                assertThatThrownBy(() -> new PostgresIntrospector().introspect(c, IntrospectionRequest
                        .of("billing").withStatementTimeout(Duration.ofMillis(500))))
                        .isInstanceOfSatisfying(IntrospectionSqlException.class, e -> {
                            assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.READ);
                            assertThat(e.sql()).contains("FROM pg_namespace n");
                        })
                        .hasMessageStartingWith("postgres: service \"billing\": reading schemas of database \""
                                + db.name() + "\": ERROR: canceling statement due to statement timeout");
                assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(5));
                assertThat(c.getAutoCommit()).as("the connection is left as it was found").isTrue();
                locker.rollback();
            }
        }
    }

    @Test
    void waitsForNoTableLockAMigrationHolds() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("pg_locked_table")) {
            try (Connection c = db.connect()) {
                Fixtures.load(c, "postgresql/doomed.sql");
            }
            try (Connection c = Fixtures.connect(db, "billing");
                 Connection locker = db.connect(); Statement lock = locker.createStatement()) {
                locker.setAutoCommit(false);
                lock.execute("LOCK TABLE app.keeper IN ACCESS EXCLUSIVE MODE");
                Snapshot snapshot = new PostgresIntrospector().introspect(c, IntrospectionRequest.of("billing")
                        .withStatementTimeout(Duration.ofSeconds(2)));
                assertThat(snapshot.table("app", "keeper")).isPresent();
                locker.rollback();
            }
        }
    }

    @Test
    void leavesNothingOpenAndOnlyReads() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("pg_read_only")) {
            try (Connection c = Fixtures.connect(db, "billing"); Statement s = c.createStatement()) {
                new PostgresIntrospector().introspect(c, IntrospectionRequest.of("billing"));
                try (var rs = s.executeQuery("SHOW transaction_read_only")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("on");
                }
                try (var rs = s.executeQuery("SHOW statement_timeout")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("20s");
                }
                assertThatThrownBy(() -> s.execute("CREATE TABLE public.x (id int)"))
                        .hasMessageContaining("read-only transaction");
            }
        }
    }

}
