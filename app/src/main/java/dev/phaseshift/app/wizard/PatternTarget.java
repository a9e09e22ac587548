package dev.phaseshift.app.wizard;

import dev.phaseshift.app.estate.ColumnItem;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.TableItem;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;

import java.util.Objects;
import java.util.Optional;

/**
 * The table, or column of a table, a wizard changes.
 *
 * @param column the column, or null when the wizard works on the whole table
 */
public record PatternTarget(String service, String schema, String table, String column) {
    public PatternTarget {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(schema, "schema");
        Objects.requireNonNull(table, "table");
    }

    /** The target of a tree item: a base table or a column of one; empty for anything else. */
    public static Optional<PatternTarget> of(EstateItem item) {
        if (item instanceof ColumnItem c && c.owningTable().isPresent()) {
            return Optional.of(new PatternTarget(c.service(), c.schema(), c.relation(), c.column().name()));
        }
        if (item instanceof TableItem t) {
            return Optional.of(new PatternTarget(t.service(), t.schema(), t.table().name(), null));
        }
        return Optional.empty();
    }

    /** The target of a graph node: a table, or a column of a table; empty for views, their columns and the rest. */
    public static Optional<PatternTarget> of(EstateGraph graph, String nodeId) {
        Optional<Node> node = graph == null || nodeId == null ? Optional.empty() : graph.node(nodeId);
        return node.filter(n -> n.kind() == NodeKind.TABLE || n.kind() == NodeKind.COLUMN && n.parent() != null
                        && graph.node(n.parent()).map(table -> table.kind() == NodeKind.TABLE).orElse(false))
                .map(n -> new PatternTarget(n.service(), n.name().schema(), n.name().relation(),
                        n.kind() == NodeKind.COLUMN ? n.name().member() : null));
    }

    /** The table's name in the estate, {@code orders.public.orders}. */
    public QualifiedName relation() {
        return QualifiedName.relation(service, schema, table);
    }

    /** {@code customers.public.customers.locale}, or the table's name. */
    public String label() {
        return column == null ? relation().toString() : relation() + "." + column;
    }
}
