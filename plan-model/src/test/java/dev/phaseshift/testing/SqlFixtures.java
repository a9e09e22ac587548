package dev.phaseshift.testing;

import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Runs SQL fixture files from the test class path. MySQL fixtures may switch the delimiter with
 * {@code DELIMITER //} lines (as the mysql client does) for trigger bodies; {@code ${name}} placeholders are
 * replaced from a map. A failing statement is reported with the fixture's name and the statement.
 */
public final class SqlFixtures {
    private SqlFixtures() {
    }

    /** The text of a class-path resource, e.g. {@code /introspect/postgresql/rich.sql}. */
    public static String resource(String path) {
        try (InputStream in = SqlFixtures.class.getResourceAsStream(path)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + path);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the resource at {@code path} with its placeholders replaced. */
    public static void load(Connection connection, String path, Map<String, String> values) throws SQLException {
        String script = resource(path);
        for (Map.Entry<String, String> v : values.entrySet()) {
            script = script.replace("${" + v.getKey() + "}", v.getValue());
        }
        run(connection, path, statements(script));
    }

    /** Runs statements one by one; a failure names {@code origin} and the statement. */
    public static void run(Connection connection, String origin, List<String> statements) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                try {
                    statement.execute(sql);
                } catch (SQLException e) {
                    throw new SQLException(origin + ": " + e.getMessage() + "\n" + sql, e.getSQLState(), e);
                }
            }
        }
    }

    /** Splits a script into statements, honouring {@code DELIMITER} lines. */
    public static List<String> statements(String script) {
        List<String> result = new ArrayList<>();
        String delimiter = ";";
        StringBuilder block = new StringBuilder();
        for (String line : script.split("\n", -1)) {
            if (line.strip().toUpperCase(java.util.Locale.ROOT).startsWith("DELIMITER ")) {
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
            for (String part : block.toString().split(Pattern.quote(delimiter))) {
                if (!part.isBlank()) {
                    result.add(part.strip());
                }
            }
        }
        block.setLength(0);
    }
}
