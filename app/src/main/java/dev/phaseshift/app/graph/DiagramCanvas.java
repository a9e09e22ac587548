package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.graph.layout.SceneElement;
import javafx.geometry.VPos;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.Tooltip;
import javafx.scene.paint.Color;
import javafx.scene.shape.StrokeLineCap;
import javafx.scene.shape.StrokeLineJoin;
import javafx.scene.text.Font;
import javafx.scene.text.FontPosture;
import javafx.scene.text.FontWeight;
import javafx.scene.text.TextAlignment;

import java.util.List;
import java.util.Optional;

/**
 * Draws a plan-model {@link Scene} as vectors at the current zoom, so text and lines stay sharp at every size
 * (an image would blur when zoomed). Draws the same elements in the same order as the SVG and PNG writers.
 */
final class DiagramCanvas extends Canvas {
    /** Larger canvases exceed what graphics cards take as one texture. */
    private static final double MAX_SIDE = 8000;
    private static final String FONT_FAMILY = "Monospaced";

    private final Tooltip tooltip = new Tooltip();
    private Scene scene;
    private double zoom = 1;

    DiagramCanvas() {
        setId("graphCanvas");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        // links carry their evidence; show it for the one under the pointer
        setOnMouseMoved(e -> {
            Optional<String> text = scene == null ? Optional.empty()
                    : SceneHits.tooltipAt(scene, e.getX() / zoom, e.getY() / zoom, 5 / zoom);
            if (text.isEmpty()) {
                tooltip.hide();
            } else if (!tooltip.isShowing() || !text.get().equals(tooltip.getText())) {
                tooltip.setText(text.get());
                tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
            }
        });
        setOnMouseExited(e -> tooltip.hide());
    }

    /** The zoom that keeps a scene within the canvas limit. */
    static double usableZoom(Scene scene, double zoom) {
        double largest = Math.max(scene.width(), scene.height());
        return Math.min(zoom, MAX_SIDE / Math.max(1, largest));
    }

    void draw(Scene scene, double zoom, DiagramPalette palette) {
        this.scene = scene;
        tooltip.hide();
        if (scene == null) {
            setWidth(0);
            setHeight(0);
            return;
        }
        double z = usableZoom(scene, zoom);
        this.zoom = z;
        setWidth(Math.ceil(scene.width() * z));
        setHeight(Math.ceil(scene.height() * z));
        GraphicsContext g = getGraphicsContext2D();
        g.save();
        g.clearRect(0, 0, getWidth(), getHeight());
        g.scale(z, z);
        g.setLineJoin(StrokeLineJoin.ROUND);
        g.setLineCap(StrokeLineCap.BUTT);
        g.setTextBaseline(VPos.BASELINE);
        boolean first = true;
        for (SceneElement e : scene.elements()) {
            if (e instanceof SceneElement.Box b) {
                box(g, b, palette, first);
            } else if (e instanceof SceneElement.Label l) {
                label(g, l, palette);
            } else if (e instanceof SceneElement.Curve c) {
                curve(g, c, palette);
            }
            first = false;
        }
        g.restore();
    }

    private static void box(GraphicsContext g, SceneElement.Box b, DiagramPalette palette, boolean ground) {
        double arc = 2 * b.radius();
        if (b.fill() != null) {
            g.setFill(Color.web(ground ? palette.ground() : palette.colour(b.fill())));
            g.fillRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
        }
        if (b.stroke() != null) {
            g.setStroke(Color.web(palette.colour(b.stroke())));
            g.setLineWidth(b.strokeWidth());
            g.setLineDashes(b.dashed() ? new double[] {5, 3} : null);
            g.strokeRoundRect(b.x(), b.y(), b.width(), b.height(), arc, arc);
            g.setLineDashes((double[]) null);
        }
    }

    private static void label(GraphicsContext g, SceneElement.Label l, DiagramPalette palette) {
        g.setFont(Font.font(FONT_FAMILY, l.bold() ? FontWeight.BOLD : FontWeight.NORMAL,
                l.italic() ? FontPosture.ITALIC : FontPosture.REGULAR, l.size()));
        g.setFill(Color.web(palette.colour(l.colour())));
        g.setTextAlign(switch (l.align()) {
            case MIDDLE -> TextAlignment.CENTER;
            case END -> TextAlignment.RIGHT;
            default -> TextAlignment.LEFT;
        });
        g.fillText(l.text(), l.x(), l.y());
    }

    private static void curve(GraphicsContext g, SceneElement.Curve c, DiagramPalette palette) {
        List<Point> p = c.points();
        Color colour = Color.web(palette.colour(c.colour()));
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
        if (c.arrow() && p.size() >= 2) {
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
