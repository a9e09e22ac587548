package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A table or view that a view reads, and which of its columns.
 *
 * @param columns the columns read, sorted; empty when the view reads the relation without naming columns
 *                ({@code count(*)}) or when they are not known (MySQL views the reader could not resolve)
 */
public record ViewSource(String schema, String name, List<String> columns) {
    public ViewSource {
        Objects.requireNonNull(name, "name");
        columns = ModelLists.copy(columns);
    }

    public static ViewSource of(String schema, String name, List<String> columns) {
        return new ViewSource(schema, name, columns);
    }

    public ObjectName relation() {
        return new ObjectName(schema, name);
    }
}
