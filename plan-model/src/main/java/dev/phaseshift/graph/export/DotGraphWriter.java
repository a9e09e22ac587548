package dev.phaseshift.graph.export;

import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramCluster;
import dev.phaseshift.graph.layout.DiagramLink;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramRow;
import dev.phaseshift.graph.layout.Emphasis;
import dev.phaseshift.graph.layout.TextMetrics;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes a {@link Diagram} for Graphviz: one {@code cluster_} subgraph per service, one HTML-table node per
 * table, view or consumer with a port per row, edges from row to row coloured like the SVG. Left to right, so
 * {@code dot -Tsvg} gives a picture shaped like Phaseshift's own.
 */
public final class DotGraphWriter {
    private DotGraphWriter() {
    }

    public static String write(Diagram diagram) {
        StringBuilder out = new StringBuilder();
        out.append("digraph ").append(quote(diagram.title())).append(" {\n");
        out.append("  graph [rankdir=LR, fontname=\"").append(TextMetrics.FONT_FAMILY)
                .append("\", fontsize=12, nodesep=0.25, ranksep=1.1, labelloc=t, label=")
                .append(quote(diagram.title())).append("];\n");
        out.append("  node [shape=plaintext, fontname=\"").append(TextMetrics.FONT_FAMILY).append("\", fontsize=11];\n");
        out.append("  edge [arrowsize=0.7, penwidth=1.3];\n");
        Map<String, String> ports = new HashMap<>();
        for (DiagramCluster c : diagram.clusters()) {
            out.append("  subgraph ").append(quote("cluster_" + c.id())).append(" {\n");
            out.append("    label=<<b>").append(html(c.title())).append("</b>")
                    .append(c.subtitle() == null ? "" : "<br/><font point-size=\"9\">" + html(c.subtitle()) + "</font>")
                    .append(">; labeljust=l; style=\"rounded,filled\"; fillcolor=\"#f8fafc\"; color=\"#cbd5e1\";\n");
            for (DiagramBox b : diagram.boxes()) {
                if (b.cluster().equals(c.id())) {
                    box(out, b, ports);
                }
            }
            out.append("  }\n");
        }
        for (DiagramLink l : diagram.links()) {
            out.append("  ").append(end(l.fromBox(), l.fromRow(), ports, "e")).append(" -> ")
                    .append(end(l.toBox(), l.toRow(), ports, "w")).append(" [color=\"")
                    .append(DiagramPainter.colour(l.kind())).append('"');
            if (l.proposed()) {
                out.append(", style=dashed");
            }
            if (l.impacted()) {
                out.append(", penwidth=2.4");
            }
            if (l.tooltip() != null) {
                out.append(", tooltip=").append(quote(l.tooltip()));
            }
            out.append("];\n");
        }
        out.append("}\n");
        return out.toString();
    }

    private static void box(StringBuilder out, DiagramBox b, Map<String, String> ports) {
        String header = switch (b.emphasis()) {
            case FOCUS -> "#fde68a";
            case IMPACTED -> "#fecaca";
            default -> b.kind() == NodeKind.VIEW ? "#ccfbf1" : b.kind() == NodeKind.CONSUMER ? "#ede9fe" : "#e2e8f0";
        };
        out.append("    ").append(quote(b.id())).append(" [label=<<table border=\"1\" cellborder=\"0\" ")
                .append("cellspacing=\"0\" cellpadding=\"3\" color=\"")
                .append(b.emphasis() == Emphasis.NONE ? "#64748b" : b.emphasis() == Emphasis.FOCUS ? "#b45309" : "#dc2626")
                .append("\"><tr><td port=\"h\" bgcolor=\"").append(header).append("\" align=\"left\" colspan=\"2\"><b>")
                .append(html(b.title())).append("</b>")
                .append(b.kind() == NodeKind.VIEW ? " <i>view</i>" : b.kind() == NodeKind.CONSUMER ? " <i>consumer</i>" : "")
                .append("</td></tr>");
        List<DiagramRow> rows = b.rows();
        for (int i = 0; i < rows.size(); i++) {
            DiagramRow r = rows.get(i);
            String port = "r" + i;
            ports.put(b.id() + "|" + r.id(), port);
            String bg = r.emphasis() == Emphasis.FOCUS ? " bgcolor=\"#fde68a\""
                    : r.emphasis() == Emphasis.IMPACTED ? " bgcolor=\"#fee2e2\"" : "";
            out.append("<tr><td port=\"").append(port).append("\" align=\"left\"").append(bg).append('>')
                    .append(r.key() ? "<b>" + html(r.name()) + "</b>" : html(r.name())).append("</td><td align=\"right\"")
                    .append(bg).append("><font color=\"#64748b\">").append(r.detail() == null ? "" : html(r.detail()))
                    .append("</font></td></tr>");
        }
        if (b.hiddenRows() > 0) {
            out.append("<tr><td align=\"left\" colspan=\"2\"><font color=\"#94a3b8\"><i>+").append(b.hiddenRows())
                    .append(" more</i></font></td></tr>");
        }
        out.append("</table>>];\n");
    }

    private static String end(String box, String row, Map<String, String> ports, String side) {
        String port = row == null ? null : ports.get(box + "|" + row);
        return quote(box) + ":" + (port == null ? "h" : port) + ":" + side;
    }

    static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    static String html(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
    }
}
