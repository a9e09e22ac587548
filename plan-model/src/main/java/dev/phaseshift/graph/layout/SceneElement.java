package dev.phaseshift.graph.layout;

import java.util.List;

/** One thing to draw; renderers draw elements in list order, later ones on top. */
public sealed interface SceneElement {
    /**
     * A rectangle, rounded by {@code radius}; {@code fill} or {@code stroke} may be null for none.
     *
     * @param tooltip text shown on hover where the format supports it, or null
     */
    record Box(double x, double y, double width, double height, double radius, String fill, String stroke,
               double strokeWidth, boolean dashed, String tooltip) implements SceneElement {
    }

    /** A line of text; {@code y} is its baseline. */
    record Label(double x, double y, String text, double size, boolean bold, boolean italic, Align align,
                 String colour) implements SceneElement {
    }

    /**
     * A path of cubic segments (see {@link Route}), optionally ending in an arrowhead.
     *
     * @param opacity 0 to 1
     */
    record Curve(List<Point> points, String colour, double width, boolean dashed, boolean arrow, double opacity,
                 String tooltip) implements SceneElement {
        public Curve {
            points = List.copyOf(points);
        }
    }
}
