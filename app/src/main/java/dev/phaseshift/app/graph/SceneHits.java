package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.graph.layout.SceneElement;

import java.util.List;
import java.util.Optional;

/** Finds what is under the pointer in a drawn scene: the topmost link or box with a tooltip near a point. */
final class SceneHits {
    /** Samples per cubic segment; links are short enough that this is within a pixel. */
    private static final int SAMPLES = 24;

    private SceneHits() {
    }

    /**
     * The tooltip of the topmost element with one within {@code tolerance} of ({@code x}, {@code y}), in scene
     * units: a link near the point, or a box around it.
     */
    static Optional<String> tooltipAt(Scene scene, double x, double y, double tolerance) {
        List<SceneElement> elements = scene.elements();
        for (int i = elements.size() - 1; i >= 0; i--) {
            SceneElement e = elements.get(i);
            if (e instanceof SceneElement.Curve c && c.tooltip() != null && near(c.points(), x, y, tolerance)) {
                return Optional.of(c.tooltip());
            }
            if (e instanceof SceneElement.Box b && b.tooltip() != null && x >= b.x() && x <= b.x() + b.width()
                    && y >= b.y() && y <= b.y() + b.height()) {
                return Optional.of(b.tooltip());
            }
        }
        return Optional.empty();
    }

    static boolean near(List<Point> p, double x, double y, double tolerance) {
        double limit = tolerance * tolerance;
        for (int i = 0; i + 3 < p.size(); i += 3) {
            Point a = p.get(i);
            Point b = p.get(i + 1);
            Point c = p.get(i + 2);
            Point d = p.get(i + 3);
            for (int s = 0; s <= SAMPLES; s++) {
                double t = s / (double) SAMPLES;
                double u = 1 - t;
                double px = u * u * u * a.x() + 3 * u * u * t * b.x() + 3 * u * t * t * c.x() + t * t * t * d.x();
                double py = u * u * u * a.y() + 3 * u * u * t * b.y() + 3 * u * t * t * c.y() + t * t * t * d.y();
                double dx = px - x;
                double dy = py - y;
                if (dx * dx + dy * dy <= limit) {
                    return true;
                }
            }
        }
        return false;
    }
}
