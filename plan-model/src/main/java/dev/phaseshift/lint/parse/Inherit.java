package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER TABLE t INHERIT parent} ({@code added}) or {@code NO INHERIT parent}: t becomes (or stops
 * being) a child of parent, whose queries then include (or no longer include) its rows. The catalog only: ACCESS
 * EXCLUSIVE on t for a moment, SHARE UPDATE EXCLUSIVE on the parent when added, ACCESS SHARE when removed.
 */
public record Inherit(String table, String parent, boolean added) implements WrittenCommand {
    public Inherit {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(parent, "parent");
    }
}
