package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SqlFixtures;
import dev.phaseshift.testing.TestDatabase;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.Map;

/** Loads the SQL fixtures under {@code src/test/resources/introspect/} and connects the way the product does. */
final class Fixtures {
    private Fixtures() {
    }

    static String resource(String path) {
        return SqlFixtures.resource("/introspect/" + path);
    }

    /** Runs a fixture from {@code src/test/resources/introspect/} (see {@link SqlFixtures}). */
    static void load(Connection connection, String path, Map<String, String> values) throws SQLException {
        SqlFixtures.load(connection, "/introspect/" + path, values);
    }

    static void load(Connection connection, String path) throws SQLException {
        load(connection, path, Map.of());
    }

    /** The product's engine for a test server (the test package has its own enum). */
    static Engine engine(DatabaseServer server) {
        return Engine.fromId(server.engine().id());
    }

    /** Credentials of the test server's admin user. */
    static Credentials admin(DatabaseServer server) {
        return Credentials.of(server.user(), server.password());
    }

    /** Connects to a test database through {@link DatabaseConnector}, as the product does. */
    static Connection connect(TestDatabase db, String service) throws IntrospectionException {
        DatabaseServer server = db.server();
        Engine engine = engine(server);
        return new DatabaseConnector(Duration.ofSeconds(5)).connect(service, engine, db.url(), admin(server),
                Duration.ofSeconds(20));
    }
}
