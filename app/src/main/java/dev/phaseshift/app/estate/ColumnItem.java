package dev.phaseshift.app.estate;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Table;

import java.util.Optional;

/**
 * A column of a table or view.
 *
 * @param relation the table or view it belongs to
 * @param table    that table, for its keys and indexes; null for a view's column
 */
public record ColumnItem(String service, String schema, String relation, Column column, Table table)
        implements EstateItem {
    @Override
    public String name() {
        return column.name();
    }

    @Override
    public String path() {
        return service + "/" + schema + "/" + relation + "/" + column.name();
    }

    public Optional<Table> owningTable() {
        return Optional.ofNullable(table);
    }
}
