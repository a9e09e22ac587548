package dev.phaseshift.schema;

import java.util.Objects;

/** A column of a table in a known schema, e.g. the column that owns a sequence. */
public record ColumnRef(String schema, String table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }
}
