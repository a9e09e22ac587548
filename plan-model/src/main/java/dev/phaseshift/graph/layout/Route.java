package dev.phaseshift.graph.layout;

import java.util.List;

/**
 * Where a link is drawn: a start point followed by cubic Bézier segments of three points each (two control
 * points and an end point). The last point is at the dependency; the arrow goes there.
 */
public record Route(DiagramLink link, List<Point> points) {
    public Route {
        points = List.copyOf(points);
        if (points.size() < 4 || (points.size() - 1) % 3 != 0) {
            throw new IllegalArgumentException("a route is a start point and cubic segments of three points");
        }
    }
}
