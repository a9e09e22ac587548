package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

/** Testing a connection says what the server is; discovery lists a server's databases with their sizes. */
class ServerDiscoveryTest {
    private final ServerDiscovery discovery = new ServerDiscovery(new DatabaseConnector(Duration.ofSeconds(3)));

    @Test
    void postgresDatabasesAreListedWithSizesWithoutTemplates() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        try (TestDatabase db = pg.createDatabase("discover")) {
            List<DiscoveredDatabase> found = discovery.databases(Engine.POSTGRESQL, pg.adminUrl(), credentials(pg));

            assertThat(found).extracting(DiscoveredDatabase::name).contains(db.name(), "postgres")
                    .doesNotContain("template0", "template1");
            assertThat(found.stream().filter(d -> d.name().equals(db.name())).findFirst().orElseThrow().sizeBytes())
                    .isPositive();
            assertThat(discovery.identify("orders", Engine.POSTGRESQL, db.url(), credentials(pg)).product())
                    .isEqualTo("PostgreSQL");
        }
    }

    @Test
    void mysqlSchemasAreListedWithoutTheServersOwn() throws Exception {
        DatabaseServer mysql = TestServers.mysql();
        try (TestDatabase db = mysql.createDatabase("discover")) {
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE items (id INT PRIMARY KEY, name VARCHAR(40))");
            }
            List<DiscoveredDatabase> found = discovery.databases(Engine.MYSQL, mysql.jdbcUrl(""), credentials(mysql));

            assertThat(found).extracting(DiscoveredDatabase::name).contains(db.name())
                    .doesNotContain("mysql", "information_schema", "performance_schema", "sys");
            assertThat(found.stream().filter(d -> d.name().equals(db.name())).findFirst().orElseThrow().sizeBytes())
                    .isPositive();
            ServerIdentity identity = discovery.identify("stock", Engine.MYSQL, db.url(), credentials(mysql));
            assertThat(identity.product()).isIn("MySQL", "MariaDB");
            assertThat(identity.version()).isNotBlank().doesNotStartWith("5.5.5-");
        }
    }

    @Test
    void aClosedPortIsTheConnectionError() {
        IntrospectionException e = catchThrowableOfType(IntrospectionException.class, () -> discovery.identify(
                "orders", Engine.POSTGRESQL, "jdbc:postgresql://127.0.0.1:1/orders", Credentials.of("app", "x")));

        assertThat(e.kind()).isEqualTo(IntrospectionException.Kind.CONNECTION);
        assertThat(e.getMessage()).contains("cannot connect to 127.0.0.1:1").contains("refused");
    }

    private static Credentials credentials(DatabaseServer server) {
        return Credentials.of(server.user(), server.password());
    }
}
