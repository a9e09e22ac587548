package dev.phaseshift.sql;

import java.util.Objects;

/**
 * One statement of an SQL script, without its terminating semicolon.
 *
 * @param line the 1-based line on which the statement starts, for messages
 */
public record SqlStatement(String text, int line) {
    public SqlStatement {
        Objects.requireNonNull(text, "text");
    }
}
