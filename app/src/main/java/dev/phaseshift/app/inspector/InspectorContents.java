package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.ColumnItem;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.EstateRootItem;
import dev.phaseshift.app.estate.SchemaItem;
import dev.phaseshift.app.estate.ServiceItem;
import dev.phaseshift.app.estate.TableItem;
import dev.phaseshift.app.estate.ViewItem;
import dev.phaseshift.estate.Estate;

/** Describes any estate item for the inspector. */
public final class InspectorContents {
    private InspectorContents() {
    }

    /**
     * @param estate the open estate, for what other objects say about the item (foreign keys pointing at a table)
     */
    public static InspectorContent of(EstateItem item, Estate estate) {
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
