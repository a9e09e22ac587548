package dev.phaseshift.graph.export;

import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.graph.layout.SceneElement;

import javax.imageio.ImageIO;
import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Path2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * Renders a {@link Scene} to PNG with Java 2D (headless), for documents that cannot embed SVG. Uses the JDK's
 * logical monospaced font, which on most systems is DejaVu Sans Mono, as the SVG asks for.
 */
public final class PngWriter {
    /** Pictures larger than this are scaled down so the image fits in memory. */
    private static final double MAX_PIXELS = 120_000_000;

    private PngWriter() {
    }

    /** @param scale 1 for the size of the SVG, 2 for sharp text on high-density screens */
    public static byte[] write(Scene scene, double scale) {
        if (System.getProperty("java.awt.headless") == null) {
            System.setProperty("java.awt.headless", "true");
        }
        double s = Math.min(scale, Math.sqrt(MAX_PIXELS / Math.max(1, scene.width() * scene.height())));
        int w = (int) Math.ceil(scene.width() * s);
        int h = (int) Math.ceil(scene.height() * s);
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setRenderingHint(RenderingHints.KEY_STROKE_CONTROL, RenderingHints.VALUE_STROKE_PURE);
            g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, w, h);
            g.scale(s, s);
            for (SceneElement e : scene.elements()) {
                if (e instanceof SceneElement.Box b) {
                    box(g, b);
                } else if (e instanceof SceneElement.Label l) {
                    label(g, l);
                } else if (e instanceof SceneElement.Curve c) {
                    curve(g, c);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static void box(Graphics2D g, SceneElement.Box b) {
        RoundRectangle2D shape = new RoundRectangle2D.Double(b.x(), b.y(), b.width(), b.height(), 2 * b.radius(),
                2 * b.radius());
        if (b.fill() != null) {
            g.setColor(colour(b.fill()));
            g.fill(shape);
        }
        if (b.stroke() != null) {
            g.setColor(colour(b.stroke()));
            g.setStroke(stroke(b.strokeWidth(), b.dashed() ? new float[] {5, 3} : null));
            g.draw(shape);
        }
    }

    private static void label(Graphics2D g, SceneElement.Label l) {
        int style = (l.bold() ? Font.BOLD : 0) | (l.italic() ? Font.ITALIC : 0);
        Font font = new Font(Font.MONOSPACED, style, 1).deriveFont((float) l.size());
        g.setFont(font);
        g.setColor(colour(l.colour()));
        FontMetrics metrics = g.getFontMetrics();
        double width = metrics.getStringBounds(l.text(), g).getWidth();
        double x = switch (l.align()) {
            case MIDDLE -> l.x() - width / 2;
            case END -> l.x() - width;
            default -> l.x();
        };
        g.drawString(l.text(), (float) x, (float) l.y());
    }

    private static void curve(Graphics2D g, SceneElement.Curve c) {
        List<Point> p = c.points();
        Path2D path = new Path2D.Double();
        path.moveTo(p.get(0).x(), p.get(0).y());
        for (int i = 1; i + 2 < p.size(); i += 3) {
            path.curveTo(p.get(i).x(), p.get(i).y(), p.get(i + 1).x(), p.get(i + 1).y(), p.get(i + 2).x(),
                    p.get(i + 2).y());
        }
        java.awt.Composite before = g.getComposite();
        g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, (float) c.opacity()));
        g.setColor(colour(c.colour()));
        g.setStroke(stroke(c.width(), c.dashed() ? new float[] {6, 4} : null));
        g.draw(path);
        if (c.arrow()) {
            Point end = p.get(p.size() - 1);
            Point from = p.get(p.size() - 2);
            if (from.equals(end)) {
                from = p.get(p.size() - 3);
            }
            double angle = Math.atan2(end.y() - from.y(), end.x() - from.x());
            Path2D head = new Path2D.Double();
            head.moveTo(end.x(), end.y());
            head.lineTo(end.x() - 7 * Math.cos(angle - 0.45), end.y() - 7 * Math.sin(angle - 0.45));
            head.lineTo(end.x() - 7 * Math.cos(angle + 0.45), end.y() - 7 * Math.sin(angle + 0.45));
            head.closePath();
            g.fill(head);
        }
        g.setComposite(before);
    }

    private static BasicStroke stroke(double width, float[] dash) {
        return new BasicStroke((float) width, BasicStroke.CAP_BUTT, BasicStroke.JOIN_ROUND, 10, dash, 0);
    }

    private static Color colour(String hex) {
        return new Color(Integer.parseInt(hex.substring(1), 16));
    }
}
