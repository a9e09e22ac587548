package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Table;

import java.util.Objects;

/** A table of the snapshot with the schema it lives in at the source. */
record TableRef(String schema, Table table) {
    TableRef {
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
    }

    /** {@code schema.table} without quoting, as the keys of {@link LoadedRows} and in messages. */
    String dotted() {
        return schema + "." + table.name();
    }
}
