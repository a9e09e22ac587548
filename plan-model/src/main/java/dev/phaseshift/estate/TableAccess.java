package dev.phaseshift.estate;

import java.util.List;
import java.util.Objects;

/**
 * One table or view a consumer reads or writes, and how it gets there.
 *
 * @param relation        {@code service.schema.table}; a view is allowed
 * @param columns         the columns used; empty means the whole relation ({@code SELECT *}, CDC of every column)
 * @param columnLocations where each column is written, pairwise with {@code columns}
 */
public record TableAccess(QualifiedName relation, List<String> columns, Channel via, SourceLocation location,
                          List<SourceLocation> columnLocations) {
    public TableAccess {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(via, "via");
        if (relation.depth() != 3) {
            throw new IllegalArgumentException("a consumer accesses a table (service.schema.table): " + relation);
        }
        columns = List.copyOf(columns);
        columnLocations = columnLocations == null || columnLocations.isEmpty()
                ? java.util.Collections.nCopies(columns.size(), location) : List.copyOf(columnLocations);
        if (columnLocations.size() != columns.size()) {
            throw new IllegalArgumentException("one location per column");
        }
    }

    public TableAccess(QualifiedName relation, List<String> columns, Channel via, SourceLocation location) {
        this(relation, columns, via, location, null);
    }

    public boolean wholeRelation() {
        return columns.isEmpty();
    }
}
