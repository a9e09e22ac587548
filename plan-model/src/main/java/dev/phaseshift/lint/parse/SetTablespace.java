package dev.phaseshift.lint.parse;

import java.util.Objects;

/** PostgreSQL {@code ALTER TABLE t SET TABLESPACE ts}: the table's files are copied to the other tablespace. */
public record SetTablespace(String table, String tablespace) implements WrittenCommand {
    public SetTablespace {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(tablespace, "tablespace");
    }
}
