package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.graph.layout.SceneElement;

import java.util.List;

/**
 * The bounds of every element of a scene, computed once per picture, so that a frame draws only what lies in the
 * viewport (culling) and leaves out text too small to read (level of detail).
 */
final class SceneIndex {
    /** Roughly how wide a monospaced glyph is, as a share of the font size. */
    private static final double GLYPH = 0.62;
    private final List<SceneElement> elements;
    private final double[] minX;
    private final double[] minY;
    private final double[] maxX;
    private final double[] maxY;
    private final double width;
    private final double height;

    SceneIndex(Scene scene) {
        elements = scene.elements();
        width = scene.width();
        height = scene.height();
        int n = elements.size();
        minX = new double[n];
        minY = new double[n];
        maxX = new double[n];
        maxY = new double[n];
        for (int i = 0; i < n; i++) {
            SceneElement e = elements.get(i);
            if (e instanceof SceneElement.Box b) {
                // the stroke reaches half its width beyond the rectangle; a tile beside it must draw that half too
                double pad = b.strokeWidth() + 1;
                set(i, b.x() - pad, b.y() - pad, b.x() + b.width() + pad, b.y() + b.height() + pad);
            } else if (e instanceof SceneElement.Label l) {
                double w = l.text().length() * l.size() * GLYPH;
                double left = switch (l.align()) {
                    case MIDDLE -> l.x() - w / 2;
                    case END -> l.x() - w;
                    default -> l.x();
                };
                // padded by a glyph, since the font drawn may be a little wider than the estimate; a label cut at
                // a tile's edge would show
                set(i, left - l.size(), l.y() - l.size() * 1.2, left + w + l.size(), l.y() + l.size() * 0.4);
            } else if (e instanceof SceneElement.Curve c) {
                double x0 = Double.MAX_VALUE;
                double y0 = Double.MAX_VALUE;
                double x1 = -Double.MAX_VALUE;
                double y1 = -Double.MAX_VALUE;
                for (Point p : c.points()) {
                    x0 = Math.min(x0, p.x());
                    y0 = Math.min(y0, p.y());
                    x1 = Math.max(x1, p.x());
                    y1 = Math.max(y1, p.y());
                }
                set(i, x0 - 8, y0 - 8, x1 + 8, y1 + 8);
            }
        }
    }

    private void set(int i, double x0, double y0, double x1, double y1) {
        minX[i] = x0;
        minY[i] = y0;
        maxX[i] = x1;
        maxY[i] = y1;
    }

    /** The scene's width. */
    double width() {
        return width;
    }

    /** The scene's height. */
    double height() {
        return height;
    }

    int size() {
        return elements.size();
    }

    SceneElement element(int i) {
        return elements.get(i);
    }

    /** Whether element {@code i} overlaps the rectangle of the scene from ({@code x0}, {@code y0}) to ({@code x1}, {@code y1}). */
    boolean overlaps(int i, double x0, double y0, double x1, double y1) {
        return maxX[i] >= x0 && minX[i] <= x1 && maxY[i] >= y0 && minY[i] <= y1;
    }
}
