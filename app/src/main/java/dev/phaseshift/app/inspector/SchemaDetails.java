package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateTotals;
import dev.phaseshift.app.estate.SchemaItem;
import dev.phaseshift.schema.Schema;

import java.util.ArrayList;
import java.util.List;

/** A schema and the tables and views in it. */
final class SchemaDetails {
    private SchemaDetails() {
    }

    static InspectorContent of(SchemaItem item) {
        Schema schema = item.schema();
        List<InspectorSection> sections = new ArrayList<>();
        sections.add(new PropertiesSection("Schema", List.of(
                InspectorProperty.text("Service", item.service()),
                InspectorProperty.text("Tables", Integer.toString(schema.tables().size())),
                InspectorProperty.text("Views", Integer.toString(schema.views().size())))));
        sections.add(new EntriesSection("Tables", schema.tables().stream()
                .map(t -> new InspectorEntry(t.name(), EstateTotals.count(t.columns().size(), "column", "columns")))
                .toList()));
        if (!schema.views().isEmpty()) {
            sections.add(new EntriesSection("Views", schema.views().stream()
                    .map(v -> new InspectorEntry(v.name(), "reads " + String.join(", ", v.reads())))
                    .toList()));
        }
        return new InspectorContent(item, "schema", schema.name(), "in service " + item.service(), sections);
    }
}
