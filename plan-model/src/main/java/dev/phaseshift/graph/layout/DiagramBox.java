package dev.phaseshift.graph.layout;

import dev.phaseshift.graph.NodeKind;

import java.util.List;
import java.util.Objects;

/**
 * A table, view or consumer version in a diagram.
 *
 * @param id          the node id
 * @param cluster     the id of its service's cluster
 * @param title       what the header says ({@code public.orders}, {@code billing v1})
 * @param hiddenRows  how many columns are not shown (shown as "+N more")
 * @param placeholder declared in the estate file but not (yet) in a snapshot
 */
public record DiagramBox(String id, String cluster, NodeKind kind, String title, List<DiagramRow> rows,
                         int hiddenRows, boolean placeholder, Emphasis emphasis) {
    public DiagramBox {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(kind, "kind");
        rows = List.copyOf(rows);
        emphasis = emphasis == null ? Emphasis.NONE : emphasis;
    }
}
