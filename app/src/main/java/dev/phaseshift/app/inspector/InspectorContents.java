package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.ColumnItem;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.EstateRootItem;
import dev.phaseshift.app.estate.GraphNames;
import dev.phaseshift.app.estate.SchemaItem;
import dev.phaseshift.app.estate.ServiceItem;
import dev.phaseshift.app.estate.TableItem;
import dev.phaseshift.app.estate.ViewItem;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.graph.EstateGraph;

import java.util.ArrayList;
import java.util.List;

/** Describes any estate item for the inspector. */
public final class InspectorContents {
    private InspectorContents() {
    }

    /**
     * @param estate the open estate, for what other objects say about the item (foreign keys pointing at a table)
     */
    public static InspectorContent of(EstateItem item, Estate estate) {
        return of(item, estate, null);
    }

    /**
     * @param graph the open estate's dependency graph, for the impact of a change and the dependencies across
     *              services; null leaves those sections out
     */
    public static InspectorContent of(EstateItem item, Estate estate, EstateGraph graph) {
        InspectorContent content = details(item, estate);
        if (graph == null || content.isEmpty()) {
            return content;
        }
        List<InspectorSection> sections = new ArrayList<>(content.sections());
        if (item instanceof ServiceItem service) {
            sections.addAll(1, ServiceDependencies.of(graph, service.name()));
        } else if (GraphNames.focusable(item)) {
            // right after the first block: "who breaks if I touch this?" is why people select things here
            GraphNames.of(item).flatMap(name -> ImpactDetails.of(graph, name))
                    .ifPresent(impact -> sections.add(Math.min(1, sections.size()), impact));
        }
        return new InspectorContent(content.item(), content.kind(), content.title(), content.subtitle(), sections);
    }

    private static InspectorContent details(EstateItem item, Estate estate) {
        if (item == null) {
            return InspectorContent.empty();
        }
        if (item instanceof EstateRootItem root) {
            return EstateDetails.of(root);
        } else if (item instanceof ServiceItem service) {
            return ServiceDetails.of(service, estate);
        } else if (item instanceof SchemaItem schema) {
            return SchemaDetails.of(schema);
        } else if (item instanceof TableItem table) {
            return TableDetails.of(table, estate);
        } else if (item instanceof ViewItem view) {
            return ViewDetails.of(view);
        } else if (item instanceof ColumnItem column) {
            return ColumnDetails.of(column, estate);
        }
        throw new IllegalArgumentException("no inspector for " + item.getClass().getSimpleName());
    }
}
