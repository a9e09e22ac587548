package dev.phaseshift.app.inspector;

import dev.phaseshift.schema.ForeignKey;

/** A foreign key of another table that points at the table being inspected. */
record IncomingReference(String schema, String table, ForeignKey foreignKey) {

    InspectorEntry entry() {
        return new InspectorEntry(schema + "." + table, SqlDescriptions.name(foreignKey.name()) + " "
                + SqlDescriptions.columns(foreignKey.columns()) + " → "
                + SqlDescriptions.columns(foreignKey.referencedColumns()));
    }
}
