package dev.phaseshift.app.estate;

import dev.phaseshift.estate.QualifiedName;

import java.util.Optional;

/** The estate-graph name of a tree item, so the tree and the inspector can ask the graph about it. */
public final class GraphNames {
    private GraphNames() {
    }

    /** A service, table, view or column's qualified name; empty for the estate and schema rows. */
    public static Optional<QualifiedName> of(EstateItem item) {
        if (item instanceof ServiceItem s) {
            return Optional.of(QualifiedName.service(s.name()));
        } else if (item instanceof TableItem t) {
            return Optional.of(QualifiedName.relation(t.service(), t.schema(), t.name()));
        } else if (item instanceof ViewItem v) {
            return Optional.of(QualifiedName.relation(v.service(), v.schema(), v.name()));
        } else if (item instanceof ColumnItem c) {
            return Optional.of(QualifiedName.column(c.service(), c.schema(), c.relation(), c.name()));
        }
        return Optional.empty();
    }

    /** Whether the item can be the focus of a graph or of an impact analysis: a table, view or column. */
    public static boolean focusable(EstateItem item) {
        return item instanceof TableItem || item instanceof ViewItem || item instanceof ColumnItem;
    }
}
