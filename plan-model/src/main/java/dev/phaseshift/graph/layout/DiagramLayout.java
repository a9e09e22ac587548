package dev.phaseshift.graph.layout;

import java.util.List;
import java.util.Map;

/**
 * Where everything of a {@link Diagram} goes.
 *
 * @param boxes    box id to its rectangle
 * @param clusters cluster id to its frame
 * @param rows     {@code boxId + "|" + rowId} to the row's rectangle
 * @param routes   one per link, in the diagram's link order
 */
public record DiagramLayout(double width, double height, Map<String, Rect> boxes, Map<String, Rect> clusters,
                            Map<String, Rect> rows, List<Route> routes) {
    public DiagramLayout {
        boxes = Map.copyOf(boxes);
        clusters = Map.copyOf(clusters);
        rows = Map.copyOf(rows);
        routes = List.copyOf(routes);
    }

    public Rect row(String boxId, String rowId) {
        return rows.get(boxId + "|" + rowId);
    }
}
