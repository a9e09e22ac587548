package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER TABLE t SET LOGGED} or {@code SET UNLOGGED}: the table is rewritten (and, to become
 * logged, written in full to the write-ahead log).
 *
 * @param logged true for {@code SET LOGGED}, false for {@code SET UNLOGGED}
 */
public record SetLogged(String table, boolean logged) implements WrittenCommand {
    public SetLogged {
        Objects.requireNonNull(table, "table");
    }
}
