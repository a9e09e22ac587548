package dev.phaseshift.ddl;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DatabaseConnector;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

/**
 * Fidelity: introspect → render → create in a fresh database → introspect again gives the same snapshot, after
 * the normalisation {@link FidelityNormalisation} documents. Compared as snapshot files, so a failure shows a
 * readable diff of the JSON.
 */
class DdlFidelityTest {

    @Test
    void postgresRichFixtureRoundTrips() throws Exception {
        roundTripFixture(TestServers.postgres(), "postgresql/rich.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"extensions", "types", "collations"})
    void postgresObjectFixtureRoundTrips(String fixture) throws Exception {
        roundTripFixture(TestServers.postgres(), "postgresql/" + fixture + ".sql");
    }

    @Test
    void embeddedPostgresRichFixtureRoundTrips() throws Exception {
        roundTripFixture(TestServers.embeddedPostgres(), "postgresql/rich.sql");
    }

    @Test
    void mysqlRichFixtureRoundTripsIntoADatabaseOfAnotherName() throws Exception {
        DatabaseServer server = TestServers.mysql();
        boolean mariaDb = server.serverVersion().toLowerCase().contains("mariadb");
        roundTripFixture(server, "mysql/rich.sql", mariaDb ? "mysql/mariadb-only.sql" : "mysql/mysql8-only.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"routines", "partitions", "engines", "spatial"})
    void mysqlObjectFixtureRoundTrips(String fixture) throws Exception {
        roundTripFixture(TestServers.mysql(), "mysql/" + fixture + ".sql");
    }

    @Test
    void mariaDbListDefaultPartitionAndAggregateFunctionRoundTrip() throws Exception {
        DatabaseServer server = TestServers.mysql();
        assumeThat(server.serverVersion().toLowerCase())
                .as("LIST DEFAULT partitions and aggregate functions are MariaDB only").contains("mariadb");
        roundTripFixture(server, "mysql/mariadb-only-objects.sql");
    }

    @ParameterizedTest
    @ValueSource(strings = {"billing", "catalog", "customers", "inventory", "notifications", "orders", "shipping"})
    void demoSnapshotRoundTrips(String service) throws Exception {
        Snapshot demo = DemoEstate.load().snapshot(service).orElseThrow();
        DatabaseServer server = demo.engine() == Engine.POSTGRESQL ? TestServers.postgres() : TestServers.mysql();
        assertRecreatedEqual(server, demo);
    }

    private static void roundTripFixture(DatabaseServer server, String... fixtures) throws Exception {
        Snapshot original;
        try (TestDatabase source = server.createDatabase("ddl_source")) {
            try (Connection c = source.connect()) {
                for (String fixture : fixtures) {
                    SqlFixture.load(c, fixture);
                }
            }
            original = introspect(source, fixtures[0].replaceAll("\\W", "_"));
        }
        assertRecreatedEqual(server, original);
    }

    private static void assertRecreatedEqual(DatabaseServer server, Snapshot original) throws Exception {
        try (TestDatabase copy = server.createDatabase("ddl_copy")) {
            // MySQL: the snapshot's schema is its database; land it in the fresh database instead
            SchemaMapping mapping = original.engine() == Engine.MYSQL
                    ? SchemaMapping.of(original.schemas().get(0).name(), copy.name()) : SchemaMapping.IDENTITY;
            ServerProduct product = original.product();
            try (Connection c = copy.connect()) {
                SqlFixture.run(c, "rendered " + original.service(),
                        DdlRenderer.forProduct(original.engine(), product).statements(original, mapping));
            }
            Snapshot recreated = introspect(copy, original.service());
            String expected = SnapshotFile.write(FidelityNormalisation.normalise(original, mapping));
            String actual = SnapshotFile.write(FidelityNormalisation.normalise(recreated, SchemaMapping.IDENTITY));
            if (!actual.equals(expected)) {
                // both sides as files, for a diff tool: the assertion message alone is hard to read
                Path dir = Files.createDirectories(Path.of("target", "ddl-fidelity"));
                Files.writeString(dir.resolve(original.service() + ".expected.json"), expected);
                Files.writeString(dir.resolve(original.service() + ".actual.json"), actual);
            }
            assertThat(actual).as("recreated %s (diff target/ddl-fidelity/%s.*.json)", original.service(),
                    original.service()).isEqualTo(expected);
        }
    }

    private static Snapshot introspect(TestDatabase db, String service) throws Exception {
        Engine engine = Engine.fromId(db.server().engine().id());
        try (Connection c = new DatabaseConnector(Duration.ofSeconds(5)).connect(service, engine, db.url(),
                Credentials.of(db.server().user(), db.server().password()), Duration.ofSeconds(30))) {
            return Introspector.forEngine(engine).introspect(c, IntrospectionRequest.of(service));
        }
    }
}
