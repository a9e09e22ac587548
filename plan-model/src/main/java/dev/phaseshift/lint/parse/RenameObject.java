package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER VIEW | MATERIALIZED VIEW | SCHEMA | TYPE | DOMAIN | FUNCTION | PROCEDURE | ROUTINE |
 * AGGREGATE name RENAME TO new}, or {@code ... SET SCHEMA s} of those and of a table (a move, {@link #moved()}): no
 * object the plan model renames, but every query written with the old name fails from that moment, as for a table.
 *
 * @param kind what is renamed: {@code view}, {@code materialized view}, {@code schema}, {@code type},
 *             {@code domain}, {@code function}, {@code procedure}, {@code routine}, {@code aggregate}, or
 *             {@code table} (a move only)
 * @param name the name as written (schema-qualified when written so)
 * @param to   the new name; for a move, the new schema and the unchanged name, qualified
 */
public record RenameObject(String kind, String name, String to) implements WrittenCommand {
    public RenameObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(to, "to");
    }

    /** Whether it keeps its name and goes to another schema ({@code SET SCHEMA}). */
    public boolean moved() {
        int dot = to.lastIndexOf('.');
        return dot > 0 && to.substring(dot + 1).equals(name.substring(name.lastIndexOf('.') + 1));
    }

    /** The schema a move puts it in. */
    public String schema() {
        return to.substring(0, Math.max(0, to.lastIndexOf('.')));
    }
}
