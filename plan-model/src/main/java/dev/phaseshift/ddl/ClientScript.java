package dev.phaseshift.ddl;

import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Objects;

/**
 * Statements joined into a script that the engine's command-line client runs as it is: {@code psql -f} for
 * PostgreSQL, {@code mariadb}/{@code mysql < file} for MySQL. The mysql client ends a statement at the first
 * {@code ;} outside quotes, so a trigger or routine body with several statements is wrapped in
 * {@code DELIMITER} lines, with a delimiter that does not occur in that statement. psql understands
 * PostgreSQL's dollar quoting, so there nothing is wrapped.
 */
public final class ClientScript {

    private static final List<String> DELIMITERS = List.of("$$", "//", ";;", "$$$", "///");

    private ClientScript() {
    }

    public static String of(Engine engine, List<String> statements) {
        Objects.requireNonNull(engine, "engine");
        StringBuilder out = new StringBuilder();
        for (String statement : statements) {
            if (engine == Engine.MYSQL && statement.indexOf(';') >= 0) {
                String delimiter = delimiterFor(statement);
                out.append("DELIMITER ").append(delimiter).append('\n')
                        .append(statement).append(delimiter).append('\n')
                        .append("DELIMITER ;\n\n");
            } else {
                out.append(statement).append(";\n\n");
            }
        }
        return out.toString();
    }

    private static String delimiterFor(String statement) {
        for (String candidate : DELIMITERS) {
            if (!statement.contains(candidate)) {
                return candidate;
            }
        }
        // every candidate occurs: make one up that is longer than any run of '$' in the statement
        String delimiter = "$$$$";
        while (statement.contains(delimiter)) {
            delimiter += "$";
        }
        return delimiter;
    }
}
