package dev.phaseshift.plan.op;

import dev.phaseshift.schema.Table;

/** A table found in a snapshot, with the namespace it lives in. */
public record Located(String schema, Table table) {
    /** {@code public.orders}: the table's name with its namespace. */
    public String qualifiedName() {
        return schema + "." + table.name();
    }
}
