package dev.phaseshift.graph.export;

import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.graph.layout.SceneElement;
import dev.phaseshift.graph.layout.TextMetrics;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Renders a {@link Scene} as a standalone SVG 1.1 document; tooltips become {@code <title>} elements. */
public final class SvgWriter {
    private SvgWriter() {
    }

    public static String write(Scene scene) {
        StringBuilder out = new StringBuilder();
        out.append("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
        out.append("<svg xmlns=\"http://www.w3.org/2000/svg\" version=\"1.1\" width=\"").append(n(scene.width()))
                .append("\" height=\"").append(n(scene.height())).append("\" viewBox=\"0 0 ").append(n(scene.width()))
                .append(' ').append(n(scene.height())).append("\" font-family=\"").append(TextMetrics.FONT_FAMILY)
                .append("\">\n");
        out.append("  <title>").append(escape(scene.title())).append("</title>\n");
        Set<String> colours = new LinkedHashSet<>();
        for (SceneElement e : scene.elements()) {
            if (e instanceof SceneElement.Curve c && c.arrow()) {
                colours.add(c.colour());
            }
        }
        out.append("  <defs>\n");
        for (String colour : colours) {
            out.append("    <marker id=\"").append(markerId(colour)).append("\" viewBox=\"0 0 10 10\" refX=\"9\" ")
                    .append("refY=\"5\" markerWidth=\"7\" markerHeight=\"7\" markerUnits=\"userSpaceOnUse\" ")
                    .append("orient=\"auto\"><path d=\"M0,0 L10,5 L0,10 z\" fill=\"").append(colour)
                    .append("\"/></marker>\n");
        }
        out.append("  </defs>\n");
        for (SceneElement e : scene.elements()) {
            if (e instanceof SceneElement.Box b) {
                box(out, b);
            } else if (e instanceof SceneElement.Label l) {
                label(out, l);
            } else if (e instanceof SceneElement.Curve c) {
                curve(out, c);
            }
        }
        out.append("</svg>\n");
        return out.toString();
    }

    private static void box(StringBuilder out, SceneElement.Box b) {
        if (b.tooltip() != null) {
            out.append("  <g><title>").append(escape(b.tooltip())).append("</title>");
        } else {
            out.append("  ");
        }
        out.append("<rect x=\"").append(n(b.x())).append("\" y=\"").append(n(b.y())).append("\" width=\"")
                .append(n(b.width())).append("\" height=\"").append(n(b.height())).append('"');
        if (b.radius() > 0) {
            out.append(" rx=\"").append(n(b.radius())).append('"');
        }
        out.append(" fill=\"").append(b.fill() == null ? "none" : b.fill()).append('"');
        if (b.stroke() != null) {
            out.append(" stroke=\"").append(b.stroke()).append("\" stroke-width=\"").append(n(b.strokeWidth()))
                    .append('"');
            if (b.dashed()) {
                out.append(" stroke-dasharray=\"5 3\"");
            }
        }
        out.append("/>");
        out.append(b.tooltip() != null ? "</g>\n" : "\n");
    }

    private static void label(StringBuilder out, SceneElement.Label l) {
        out.append("  <text x=\"").append(n(l.x())).append("\" y=\"").append(n(l.y())).append("\" font-size=\"")
                .append(n(l.size())).append('"');
        if (l.bold()) {
            out.append(" font-weight=\"bold\"");
        }
        if (l.italic()) {
            out.append(" font-style=\"italic\"");
        }
        switch (l.align()) {
            case MIDDLE -> out.append(" text-anchor=\"middle\"");
            case END -> out.append(" text-anchor=\"end\"");
            default -> { }
        }
        out.append(" fill=\"").append(l.colour()).append("\" xml:space=\"preserve\">").append(escape(l.text()))
                .append("</text>\n");
    }

    private static void curve(StringBuilder out, SceneElement.Curve c) {
        out.append("  <path");
        if (c.tooltip() != null) {
            out.append(" class=\"link\"");
        }
        out.append(" d=\"").append(pathData(c.points())).append("\" fill=\"none\" stroke=\"").append(c.colour())
                .append("\" stroke-width=\"").append(n(c.width())).append('"');
        if (c.dashed()) {
            out.append(" stroke-dasharray=\"6 4\"");
        }
        if (c.opacity() < 1) {
            out.append(" opacity=\"").append(n(c.opacity())).append('"');
        }
        if (c.arrow()) {
            out.append(" marker-end=\"url(#").append(markerId(c.colour())).append(")\"");
        }
        if (c.tooltip() != null) {
            out.append("><title>").append(escape(c.tooltip())).append("</title></path>\n");
        } else {
            out.append("/>\n");
        }
    }

    static String pathData(List<Point> points) {
        StringBuilder d = new StringBuilder("M").append(n(points.get(0).x())).append(',').append(n(points.get(0).y()));
        for (int i = 1; i + 2 < points.size(); i += 3) {
            d.append(" C").append(n(points.get(i).x())).append(',').append(n(points.get(i).y())).append(' ')
                    .append(n(points.get(i + 1).x())).append(',').append(n(points.get(i + 1).y())).append(' ')
                    .append(n(points.get(i + 2).x())).append(',').append(n(points.get(i + 2).y()));
        }
        return d.toString();
    }

    private static String markerId(String colour) {
        return "arrow-" + colour.replace("#", "");
    }

    static String n(double v) {
        if (v == Math.rint(v)) {
            return Long.toString((long) v);
        }
        return String.format(Locale.ROOT, "%.1f", v);
    }

    static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                default -> {
                    if (c < 0x20 && c != '\n' && c != '\t') {
                        out.append(' ');
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.toString();
    }
}
