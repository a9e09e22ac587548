package dev.phaseshift.app.inspector;

import java.util.List;
import java.util.Optional;

/** The columns of a table or view. */
public record ColumnsSection(String title, List<ColumnLine> columns) implements InspectorSection {
    public ColumnsSection {
        columns = List.copyOf(columns);
    }

    public Optional<ColumnLine> column(String name) {
        return columns.stream().filter(c -> c.name().equals(name)).findFirst();
    }
}
