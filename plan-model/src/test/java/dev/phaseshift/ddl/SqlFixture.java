package dev.phaseshift.ddl;

import dev.phaseshift.testing.SqlFixtures;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.List;
import java.util.Map;

/**
 * Runs the introspection fixtures ({@code src/test/resources/introspect/...}) and rendered DDL. Fixture files may
 * switch the delimiter with {@code DELIMITER //} lines, as the mysql client does, for trigger bodies.
 */
final class SqlFixture {
    private SqlFixture() {
    }

    static void load(Connection connection, String path) throws SQLException {
        SqlFixtures.load(connection, "/introspect/" + path, Map.of());
    }

    /** Runs statements one by one; a failure names the source and the statement. */
    static void run(Connection connection, String origin, List<String> statements) throws SQLException {
        SqlFixtures.run(connection, origin, statements);
    }
}
