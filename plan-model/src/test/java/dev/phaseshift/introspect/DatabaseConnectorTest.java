package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Connection failures name the service, host and user, and never the password. */
class DatabaseConnectorTest {
    private static final String PASSWORD = "s3cr3t-Pa55-word";
    private final DatabaseConnector connector = new DatabaseConnector(Duration.ofSeconds(3));

    @Test
    void unreachablePostgresHostIsAConnectionProblemNamingServiceAndHost() {
        IntrospectionException e = catchThrowableOfType(IntrospectionException.class, () -> connector.connect(
                "orders", Engine.POSTGRESQL, "jdbc:postgresql://127.0.0.1:1/shop_orders",
                Credentials.of("app", PASSWORD), Duration.ofSeconds(5)));
        assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.CONNECTION);
        assertThat(e.exitCode()).isEqualTo(3);
        assertThat(e.service()).isEqualTo("orders");
        assertThat(e.getMessage()).startsWith("postgres: service \"orders\": cannot connect to 127.0.0.1:1 "
                + "database \"shop_orders\" as \"app\": ").contains("refused");
        assertNoPassword(e, PASSWORD);
    }

    @Test
    void unreachableMySqlHostIsAConnectionProblemNamingServiceAndHost() {
        IntrospectionException e = catchThrowableOfType(IntrospectionException.class, () -> connector.connect(
                "inventory", Engine.MYSQL, "jdbc:mysql://127.0.0.1:1/shop_inventory",
                Credentials.of("app", PASSWORD), Duration.ofSeconds(5)));
        assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.CONNECTION);
        assertThat(e.getMessage()).startsWith("mysql: service \"inventory\": cannot connect to 127.0.0.1:1 "
                + "database \"shop_inventory\" as \"app\": Communications link failure");
        assertNoPassword(e, PASSWORD);
    }

    @Test
    void wrongPasswordIsRefusedWithoutShowingIt() throws Exception {
        DatabaseServer mysql = TestServers.mysql();
        try (TestDatabase db = mysql.createDatabase("wrong_password")) {
            IntrospectionException e = catchThrowableOfType(IntrospectionException.class, () -> connector.connect(
                    "inventory", Engine.MYSQL, db.url(), Credentials.of(mysql.user(), mysql.password() + PASSWORD),
                    Duration.ofSeconds(5)));
            assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.CONNECTION);
            assertThat(e.getMessage()).contains("service \"inventory\"").contains("as \"" + mysql.user() + "\"")
                    .contains("Access denied");
            assertNoPassword(e, PASSWORD);
        }
    }

    @Test
    void passwordsInTheUrlStayOutOfMessagesAndSnapshots() throws Exception {
        String url = "jdbc:postgresql://127.0.0.1:1/shop?user=app&password=" + PASSWORD + "&ssl=false";
        IntrospectionException e = catchThrowableOfType(IntrospectionException.class, () -> connector.connect(
                "orders", Engine.POSTGRESQL, url, Credentials.of("app", ""), Duration.ofSeconds(5)));
        assertNoPassword(e, PASSWORD);

        DatabaseServer postgres = TestServers.postgres();
        try (TestDatabase db = postgres.createDatabase("url_password")) {
            String withSecret = db.url() + "?ApplicationName=x&password=" + PASSWORD;
            Snapshot snapshot;
            try (Connection c = connector.connect("orders", Engine.POSTGRESQL, withSecret,
                    Credentials.of(postgres.user(), postgres.password()), Duration.ofSeconds(5))) {
                snapshot = new PostgresIntrospector().introspect(c, IntrospectionRequest.of("orders"));
            }
            assertThat(snapshot.source()).isEqualTo(db.url() + "?ApplicationName=x&password=***")
                    .doesNotContain(PASSWORD);
        }
    }

    @Test
    void aUrlOfTheWrongEngineIsAnInputProblem() {
        IntrospectionException e = catchThrowableOfType(IntrospectionException.class, () -> connector.connect(
                "orders", Engine.POSTGRESQL, "jdbc:mysql://db:3306/x?password=" + PASSWORD,
                Credentials.of("app", PASSWORD), Duration.ofSeconds(5)));
        assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.INPUT);
        assertThat(e.exitCode()).isEqualTo(2);
        assertThat(e.getMessage()).isEqualTo("postgres: service \"orders\" runs postgresql but its URL "
                + "jdbc:mysql://db:3306/x?password=*** is for mysql");
        IntrospectionException garbage = catchThrowableOfType(IntrospectionException.class, () -> connector.connect(
                "orders", Engine.POSTGRESQL, "postgres://db?password=" + PASSWORD, Credentials.of("app", ""),
                Duration.ofSeconds(5)));
        assertThat(garbage.kind()).isEqualTo(IntrospectionException.Kind.INPUT);
        assertThat(garbage.getMessage()).startsWith("postgres: service \"orders\": not a PostgreSQL or MySQL JDBC URL");
        assertNoPassword(garbage, PASSWORD);
        assertNoPassword(e, PASSWORD);
    }

    @Test
    void credentialsAndTargetsNeverPrintThePassword() {
        Credentials credentials = Credentials.of("app", PASSWORD.toCharArray());
        assertThat(credentials.toString()).isEqualTo("user app, password ***");
        ServiceTarget target = new ServiceTarget(Engine.MYSQL, "jdbc:mysql://db/x?password=" + PASSWORD,
                credentials, IntrospectionRequest.of("inventory"));
        assertThat(target.toString()).isEqualTo("service inventory (mysql) at jdbc:mysql://db/x?password=***, "
                + "user app, password ***");
    }

    /** Not in the message, not in a cause, not anywhere in the printed stack trace. */
    static void assertNoPassword(Throwable e, String password) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        assertThat(trace.toString()).doesNotContain(password);
        assertThat(e.toString()).doesNotContain(password);
    }
}
