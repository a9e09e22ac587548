package dev.phaseshift.app.wizard;

import dev.phaseshift.app.estate.ColumnItem;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.TableItem;
import dev.phaseshift.estate.QualifiedName;

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

    /** The table's name in the estate, {@code orders.public.orders}. */
    public QualifiedName relation() {
        return QualifiedName.relation(service, schema, table);
    }

    /** {@code customers.public.customers.locale}, or the table's name. */
    public String label() {
        return column == null ? relation().toString() : relation() + "." + column;
    }
}
