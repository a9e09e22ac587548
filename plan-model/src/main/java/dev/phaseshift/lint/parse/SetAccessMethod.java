package dev.phaseshift.lint.parse;

import java.util.Objects;

/** PostgreSQL 15+ {@code ALTER TABLE t SET ACCESS METHOD m}: every row is written again in the new storage. */
public record SetAccessMethod(String table, String method) implements WrittenCommand {
    public SetAccessMethod {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(method, "method");
    }
}
