package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.ViewItem;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.List;

/** A view: its columns, what it reads and its definition. */
final class ViewDetails {
    private ViewDetails() {
    }

    static InspectorContent of(ViewItem item) {
        View view = item.view();
        List<InspectorSection> sections = new ArrayList<>();
        sections.add(new ColumnsSection("Columns", view.columns().stream()
                .map(c -> new ColumnLine(c.name(), c.type(), c.nullable(), c.defaultExpression(), List.of()))
                .toList()));
        sections.add(new EntriesSection("Reads", view.reads().stream().map(r -> new InspectorEntry(r, "")).toList()));
        if (view.definition() != null && !view.definition().isBlank()) {
            sections.add(new TextSection("Definition", view.definition().strip(), true));
        }
        return new InspectorContent(item, "view", view.name(), item.service() + " · " + item.schema() + " · view",
                sections);
    }
}
