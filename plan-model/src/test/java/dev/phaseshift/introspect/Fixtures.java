package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Loads the SQL fixtures under {@code src/test/resources/introspect/} and connects the way the product does. */
final class Fixtures {
    private Fixtures() {
    }

    static String resource(String path) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/introspect/" + path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Runs a fixture statement by statement. MySQL fixtures may switch the delimiter with
     * {@code DELIMITER //} lines (as the mysql client does) for trigger bodies; {@code ${name}} placeholders
     * are replaced from {@code values}.
     */
    static void load(Connection connection, String path, Map<String, String> values) throws SQLException {
        String script = resource(path);
        for (Map.Entry<String, String> v : values.entrySet()) {
            script = script.replace("${" + v.getKey() + "}", v.getValue());
        }
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements(script)) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(path + ": " + e.getMessage() + "\n" + sql, e.getSQLState(), e);
                }
            }
        }
    }

    static void load(Connection connection, String path) throws SQLException {
        load(connection, path, Map.of());
    }

    private static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        String delimiter = ";";
        StringBuilder block = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.strip().toUpperCase().startsWith("DELIMITER ")) {
                flush(result, block, delimiter);
                delimiter = line.strip().substring("DELIMITER ".length()).strip();
                continue;
            }
            block.append(line).append('\n');
        }
        flush(result, block, delimiter);
        return result;
    }

    private static void flush(List<String> result, StringBuilder block, String delimiter) {
        if (delimiter.equals(";")) {
            for (SqlStatement s : SqlScript.split(block.toString())) {
                result.add(s.text());
            }
        } else {
            for (String part : block.toString().split(java.util.regex.Pattern.quote(delimiter))) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        block.setLength(0);
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
