package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER VIEW | ALTER MATERIALIZED VIEW | ALTER SCHEMA name RENAME TO new}: no object the plan model
 * renames, but every query written with the old name fails from that moment, as for a table.
 *
 * @param kind what is renamed: {@code view}, {@code materialized view} or {@code schema}
 * @param name the name as written (schema-qualified when written so)
 * @param to   the new name
 */
public record RenameObject(String kind, String name, String to) implements WrittenCommand {
    public RenameObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(to, "to");
    }
}
