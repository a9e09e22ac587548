package dev.phaseshift.plan.pattern;

import java.util.Objects;

/** A column of one service's table, as a pattern addresses it. */
public record ColumnTarget(String service, String table, String column) {
    public ColumnTarget {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(column, "column");
    }

    @Override
    public String toString() {
        return service + "." + table + "." + column;
    }
}
