package dev.phaseshift.graph.layout;

import java.util.Objects;

/**
 * A line inside a box: a column, or for a consumer one table it reads or writes.
 *
 * @param id     the column's node id, or a synthetic id for a consumer's access
 * @param detail the column type or the channel, shown dimmed; may be null
 * @param key    drawn as a key (primary key column)
 */
public record DiagramRow(String id, String name, String detail, boolean key, Emphasis emphasis) {
    public DiagramRow {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        emphasis = emphasis == null ? Emphasis.NONE : emphasis;
    }
}
