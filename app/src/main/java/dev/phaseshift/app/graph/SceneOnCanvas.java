package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.SceneElement;
import javafx.geometry.VPos;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Draws the part of a scene that lies in the viewport onto a graphics context, as vectors at the current zoom, so
 * text and lines stay sharp at every size. Text smaller than {@link #MIN_TEXT} pixels on screen is left out, and
 * arrowheads when links are thinner than a pixel. Draws the same elements in the same order as the SVG and PNG
 * writers. Keeps the fonts and colours it made, since making them again for every element costs frames.
 */
final class SceneOnCanvas {
    /** Labels smaller than this on screen are not drawn: unreadable anyway, and the costliest part of a frame. */
    static final double MIN_TEXT = 4.5;
    private static final String FONT_FAMILY = "Monospaced";
    private final Map<String, Color> colours = new HashMap<>();
    private final Map<String, Font> fonts = new HashMap<>();

    /**
     * Draws the elements of {@code index} that overlap the viewport of {@code width} x {@code height} pixels at
     * that zoom and offset; returns how many it drew.
     */
    int draw(GraphicsContext g, SceneIndex index, DiagramPalette palette, double zoom, double offsetX,
             double offsetY, double width, double height) {
        clear(g, palette, width, height);
        g.setTransform(zoom, 0, 0, zoom, offsetX, offsetY);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setTextBaseline(VPos.BASELINE);
        double x0 = -offsetX / zoom;
        double y0 = -offsetY / zoom;
        double x1 = (width - offsetX) / zoom;
        double y1 = (height - offsetY) / zoom;
        int drawn = 0;
        for (int i = 0; i < index.size(); i++) {
            if (!index.overlaps(i, x0, y0, x1, y1)) {
                continue;
            }
            SceneElement e = index.element(i);
            if (e instanceof SceneElement.Box b) {
                box(g, b, palette, i == 0);
            } else if (e instanceof SceneElement.Label l) {
                if (l.size() * zoom < MIN_TEXT) {
                    continue;
                }
                label(g, l, palette);
            } else if (e instanceof SceneElement.Curve c) {
                curve(g, c, palette, c.width() * zoom >= 0.8);
            }
            drawn++;
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
        return drawn;
    }

    /** Fills {@code width} x {@code height} pixels with the colour around the picture. */
    void clear(GraphicsContext g, DiagramPalette palette, double width, double height) {
        g.setTransform(1, 0, 0, 1, 0, 0);
        g.setFill(colour(palette.around()));
        g.fillRect(0, 0, width, height);
    }

    Color colour(String web) {
        return colours.computeIfAbsent(web, Color::web);
    }

    private void box(GraphicsContext g, SceneElement.Box b, DiagramPalette palette, boolean ground) {
        double arc = 2 * b.radius();
        if (b.fill() != null) {
            g.setFill(colour(ground ? palette.ground() : palette.colour(b.fill())));
            g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
        }
        if (b.stroke() != null) {
            g.setStroke(colour(palette.colour(b.stroke())));
            g.setLineWidth(b.strokeWidth());
            g.setLineDashes(b.dashed() ? new double[] {5, 3} : null);
            g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
            g.setLineDashes((double[]) null);
        }
    }

    private void label(GraphicsContext g, SceneElement.Label l, DiagramPalette palette) {
        g.setFont(fonts.computeIfAbsent(l.size() + "|" + l.bold() + "|" + l.italic(), k -> Font.font(FONT_FAMILY,
                l.bold() ? FontWeight.BOLD : FontWeight.NORMAL, l.italic() ? FontPosture.ITALIC : FontPosture.REGULAR,
                l.size())));
        g.setFill(colour(palette.colour(l.colour())));
        g.setTextAlign(switch (l.align()) {
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
            default -> TextAlignment.LEFT;
        });
        g.fillText(l.text(), l.x(), l.y());
    }

    private void curve(GraphicsContext g, SceneElement.Curve c, DiagramPalette palette, boolean arrow) {
        List<Point> p = c.points();
        Color colour = colour(palette.colour(c.colour()));
        g.setGlobalAlpha(c.opacity());
        g.setStroke(colour);
        g.setFill(colour);
        g.setLineWidth(c.width());
        g.setLineDashes(c.dashed() ? new double[] {6, 4} : null);
        g.beginPath();
        g.moveTo(p.get(0).x(), p.get(0).y());
        for (int i = 1; i + 2 < p.size(); i += 3) {
            g.bezierCurveTo(p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y(), p.get(i + 2).x(),
                    p.get(i + 2).y());
        }
        g.stroke();
        g.setLineDashes((double[]) null);
        if (arrow && c.arrow() && p.size() >= 2) {
            Point end = p.get(p.size() - 1);
            Point from = p.get(p.size() - 2);
            if (from.equals(end) && p.size() >= 3) {
                from = p.get(p.size() - 3);
            }
            double angle = Math.atan2(end.y() - from.y(), end.x() - from.x());
            g.beginPath();
            g.moveTo(end.x(), end.y());
            g.lineTo(end.x() - 7 * Math.cos(angle - 0.45), end.y() - 7 * Math.sin(angle - 0.45));
            g.lineTo(end.x() - 7 * Math.cos(angle + 0.45), end.y() - 7 * Math.sin(angle + 0.45));
            g.closePath();
            g.fill();
        }
        g.setGlobalAlpha(1);
    }
}
