package dev.phaseshift.plan.op;

import java.util.List;
import java.util.Objects;

/**
 * An existing column an operation works on, as the plan names its table: what must already be there for the
 * operation to apply. A plain SQL file's assumed schema is built from these.
 */
public record ColumnRef(String table, String column) {
    public ColumnRef {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    /** One reference per column of {@code table}. */
    public static List<ColumnRef> each(String table, List<String> columns) {
        return columns == null ? List.of() : columns.stream().map(c -> new ColumnRef(table, c)).toList();
    }
}
