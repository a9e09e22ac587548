package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateRootItem;
import dev.phaseshift.app.estate.EstateTotals;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;

import java.util.ArrayList;
import java.util.List;

/** The estate as a whole. */
final class EstateDetails {
    private EstateDetails() {
    }

    static InspectorContent of(EstateRootItem item) {
        Estate estate = item.estate();
        EstateTotals totals = EstateTotals.of(estate);
        String description = estate.definition().description();
        List<InspectorSection> sections = new ArrayList<>();
        sections.add(new PropertiesSection("Estate", List.of(
                InspectorProperty.code("Location", estate.location()),
                InspectorProperty.text("Services", totals.services() + " (" + totals.inspected() + " inspected)"),
                InspectorProperty.text("Tables", Integer.toString(totals.tables())),
                InspectorProperty.text("Columns", Integer.toString(totals.columns())),
                InspectorProperty.text("Foreign keys", Integer.toString(totals.foreignKeys())),
                InspectorProperty.text("Indexes", Integer.toString(totals.indexes())),
                InspectorProperty.text("Views", Integer.toString(totals.views())))));
        List<InspectorEntry> services = new ArrayList<>();
        for (ServiceDefinition s : estate.services()) {
            String contents = estate.snapshot(s.name())
                    .map(snap -> EstateTotals.count(snap.tableCount(), "table", "tables"))
                    .orElse("not inspected");
            services.add(new InspectorEntry(s.name(), s.engine().displayName() + " · " + contents));
        }
        sections.add(new EntriesSection("Services", services));
        return new InspectorContent(item, "estate", estate.name(),
                description == null || description.isBlank() ? totals.summary() : description, sections);
    }
}
