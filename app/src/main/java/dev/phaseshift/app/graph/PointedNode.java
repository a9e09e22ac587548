package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.DiagramLayout;
import dev.phaseshift.graph.layout.Rect;

import java.util.Map;
import java.util.Optional;

/**
 * What a point of the viewport lies on in a drawn picture: a column's row inside a table's box, else the box. A
 * context menu is about the smallest thing under the pointer.
 */
final class PointedNode {
    private PointedNode() {
    }

    /** The node id under viewport point ({@code x}, {@code y}): a column row's, else a box's; empty over nothing. */
    static Optional<String> at(GraphPicture picture, ViewportState viewport, double x, double y) {
        if (picture == null) {
            return Optional.empty();
        }
        double zoom = viewport.zoom().get();
        double sx = (x - viewport.offsetX().get()) / zoom;
        double sy = (y - viewport.offsetY().get()) / zoom;
        DiagramLayout layout = picture.layout();
        for (Map.Entry<String, Rect> row : layout.rows().entrySet()) {
            if (contains(row.getValue(), sx, sy)) {
                return Optional.of(row.getKey().substring(row.getKey().indexOf('|') + 1));
            }
        }
        return layout.boxes().entrySet().stream().filter(b -> contains(b.getValue(), sx, sy)).map(Map.Entry::getKey)
                .findFirst();
    }

    private static boolean contains(Rect r, double x, double y) {
        return x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height();
    }
}
