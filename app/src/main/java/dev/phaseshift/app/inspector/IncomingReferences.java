package dev.phaseshift.app.inspector;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** Finds the foreign keys inside one service's database that point at a table. */
final class IncomingReferences {
    private IncomingReferences() {
    }

    static List<IncomingReference> to(Estate estate, String service, String schema, String table) {
        if (estate == null) {
            return List.of();
        }
        Snapshot snapshot = estate.snapshot(service).orElse(null);
        if (snapshot == null) {
            return List.of();
        }
        List<IncomingReference> found = new ArrayList<>();
        for (Schema s : snapshot.schemas()) {
            for (Table t : s.tables()) {
                for (ForeignKey fk : t.foreignKeys()) {
                    String targetSchema = fk.referencedSchema() == null || fk.referencedSchema().isBlank()
                            ? s.name() : fk.referencedSchema();
                    if (targetSchema.equals(schema) && fk.referencedTable().equals(table)) {
                        found.add(new IncomingReference(s.name(), t.name(), fk));
                    }
                }
            }
        }
        return found;
    }
}
