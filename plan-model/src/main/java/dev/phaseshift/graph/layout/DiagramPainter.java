package dev.phaseshift.graph.layout;

import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.NodeKind;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * Paints a laid-out {@link Diagram} as a {@link Scene}: a title and legend, one frame per service, boxes with a
 * header and rows, and links coloured by kind (dashed for open proposals). When the diagram has a focus, the
 * focus is amber, what its change reaches is red, and links off the impact paths fade.
 */
public final class DiagramPainter {
    /** Height of the title and legend band above the drawing. */
    public static final double HEADER = 92;
    private static final double SMALL = 11;

    private DiagramPainter() {
    }

    /** Lays out and paints. */
    public static Scene paint(Diagram diagram, String subtitle) {
        DiagramLayout layout = new LayeredLayout(HEADER).layout(diagram);
        return paint(diagram, layout, subtitle);
    }

    public static Scene paint(Diagram diagram, DiagramLayout layout, String subtitle) {
        List<SceneElement> out = new ArrayList<>();
        boolean focused = diagram.boxes().stream().anyMatch(b -> b.emphasis() != Emphasis.NONE);
        Set<DependencyKind> kinds = EnumSet.noneOf(DependencyKind.class);
        boolean proposals = false;
        for (DiagramLink l : diagram.links()) {
            kinds.add(l.kind());
            proposals |= l.proposed();
        }
        double legendWidth = legend(new ArrayList<>(), kinds, proposals, focused);
        double width = Math.max(layout.width(), Math.max(legendWidth + 48,
                TextMetrics.width(diagram.title(), 16) + 48));
        out.add(new SceneElement.Box(0, 0, width, layout.height(), 0, "#ffffff", null, 0, false, null));
        out.add(new SceneElement.Label(24, 32, diagram.title(), 16, true, false, Align.START, "#0f172a"));
        if (subtitle != null) {
            out.add(new SceneElement.Label(24, 52, subtitle, SMALL, false, false, Align.START, "#475569"));
        }
        legend(out, kinds, proposals, focused);
        for (DiagramCluster c : diagram.clusters()) {
            Rect r = layout.clusters().get(c.id());
            if (r == null) {
                continue;
            }
            out.add(new SceneElement.Box(r.x(), r.y(), r.width(), r.height(), 10, "#f8fafc", "#cbd5e1", 1.2, false,
                    null));
            out.add(new SceneElement.Label(r.x() + 12, r.y() + 20, c.title(), 14, true, false, Align.START,
                    "#1e293b"));
            if (c.subtitle() != null) {
                out.add(new SceneElement.Label(r.x() + 12, r.y() + 35, TextMetrics.clip(c.subtitle(),
                        (int) ((r.width() - 24) / (SMALL * 0.61))), SMALL, false, false, Align.START, "#64748b"));
            }
        }
        for (Route route : layout.routes()) {
            DiagramLink l = route.link();
            boolean strong = !focused || l.impacted();
            out.add(new SceneElement.Curve(route.points(), colour(l.kind()), strong && focused ? 2.2 : 1.4,
                    l.proposed() || l.kind() == DependencyKind.PARTITION, true, strong ? 0.95 : 0.35, l.tooltip()));
        }
        for (DiagramBox b : diagram.boxes()) {
            paintBox(out, b, layout);
        }
        return new Scene(width, layout.height(), diagram.title(), out);
    }

    private static void paintBox(List<SceneElement> out, DiagramBox b, DiagramLayout layout) {
        Rect r = layout.boxes().get(b.id());
        String stroke = switch (b.emphasis()) {
            case FOCUS -> "#b45309";
            case IMPACTED -> "#dc2626";
            default -> "#64748b";
        };
        double strokeWidth = b.emphasis() == Emphasis.NONE ? 1 : 2.2;
        String header = switch (b.emphasis()) {
            case FOCUS -> "#fde68a";
            case IMPACTED -> "#fecaca";
            default -> b.kind() == NodeKind.VIEW ? "#ccfbf1" : b.kind() == NodeKind.CONSUMER ? "#ede9fe" : "#e2e8f0";
        };
        double radius = b.kind() == NodeKind.CONSUMER ? 12 : 4;
        out.add(new SceneElement.Box(r.x(), r.y(), r.width(), r.height(), radius, "#ffffff", null, 0, false, null));
        out.add(new SceneElement.Box(r.x(), r.y(), r.width(), LayeredLayout.HEADER_HEIGHT, radius, header, null, 0,
                false, null));
        int chars = (int) ((r.width() - 2 * LayeredLayout.BOX_PADDING) / (LayeredLayout.FONT_SIZE * 0.61));
        String tag = switch (b.kind()) {
            case VIEW -> "view";
            case CONSUMER -> "consumer";
            default -> b.placeholder() ? "declared" : null;
        };
        out.add(new SceneElement.Label(r.x() + LayeredLayout.BOX_PADDING, r.y() + 16,
                TextMetrics.clip(b.title(), tag == null ? chars : chars - tag.length() - 1),
                LayeredLayout.FONT_SIZE, true, false, Align.START, "#0f172a"));
        if (tag != null) {
            out.add(new SceneElement.Label(r.right() - LayeredLayout.BOX_PADDING, r.y() + 16, tag, SMALL - 1, false,
                    true, Align.END, "#475569"));
        }
        for (DiagramRow row : b.rows()) {
            Rect rr = layout.row(b.id(), row.id());
            if (row.emphasis() != Emphasis.NONE) {
                out.add(new SceneElement.Box(rr.x() + 1, rr.y(), rr.width() - 2, rr.height(), 0,
                        row.emphasis() == Emphasis.FOCUS ? "#fde68a" : "#fee2e2", null, 0, false, null));
            }
            double detailWidth = row.detail() == null ? 0 : TextMetrics.width(row.detail(), SMALL) + 12;
            int nameChars = (int) ((rr.width() - 2 * LayeredLayout.BOX_PADDING - detailWidth) / (LayeredLayout.FONT_SIZE * 0.61));
            out.add(new SceneElement.Label(rr.x() + LayeredLayout.BOX_PADDING, rr.y() + 13,
                    TextMetrics.clip(row.name(), Math.max(4, nameChars)), LayeredLayout.FONT_SIZE, row.key(), false,
                    Align.START, row.emphasis() == Emphasis.IMPACTED ? "#991b1b" : "#0f172a"));
            if (row.detail() != null) {
                out.add(new SceneElement.Label(rr.right() - LayeredLayout.BOX_PADDING, rr.y() + 13, row.detail(),
                        SMALL, false, false, Align.END, "#64748b"));
            }
        }
        if (b.hiddenRows() > 0) {
            double y = r.y() + LayeredLayout.HEADER_HEIGHT + b.rows().size() * LayeredLayout.ROW_HEIGHT + 13;
            out.add(new SceneElement.Label(r.x() + LayeredLayout.BOX_PADDING, y,
                    "+" + b.hiddenRows() + " more column" + (b.hiddenRows() == 1 ? "" : "s"), SMALL, false, true,
                    Align.START, "#94a3b8"));
        }
        out.add(new SceneElement.Box(r.x(), r.y(), r.width(), r.height(), radius, null, stroke, strokeWidth,
                b.placeholder(), null));
    }

    /** Draws the legend into {@code out}; returns its width. */
    private static double legend(List<SceneElement> out, Set<DependencyKind> kinds, boolean proposals,
                                 boolean focused) {
        double x = 24;
        double y = 76;
        for (DependencyKind k : DependencyKind.values()) {
            if (!kinds.contains(k)) {
                continue;
            }
            String text = switch (k) {
                case FOREIGN_KEY -> "foreign key";
                case VIEW_READ -> "view reads";
                case DECLARED_REFERENCE -> "declared reference";
                case INFERRED_REFERENCE -> proposals ? "inferred (dashed: proposed)" : "inferred reference";
                case CONSUMER_READ -> "consumer reads";
                case CONSUMER_WRITE -> "consumer writes";
                case PARTITION -> "partition of";
                default -> k.id().replace('_', ' ');
            };
            x = sample(out, x, y, colour(k), k == DependencyKind.INFERRED_REFERENCE && proposals, text);
        }
        if (focused) {
            x = swatch(out, x, y, "#fde68a", "#b45309", "focus");
            x = swatch(out, x, y, "#fecaca", "#dc2626", "reached by the change");
        }
        out.add(new SceneElement.Label(x, y + 4, "arrows point at what is depended on", SMALL, false, true,
                Align.START, "#94a3b8"));
        return x + TextMetrics.width("arrows point at what is depended on", SMALL);
    }

    private static double sample(List<SceneElement> out, double x, double y, String colour, boolean dashed,
                                 String text) {
        out.add(new SceneElement.Curve(List.of(new Point(x, y), new Point(x + 12, y), new Point(x + 16, y),
                new Point(x + 28, y)), colour, 2, dashed, true, 1, null));
        out.add(new SceneElement.Label(x + 34, y + 4, text, SMALL, false, false, Align.START, "#334155"));
        return x + 34 + TextMetrics.width(text, SMALL) + 18;
    }

    private static double swatch(List<SceneElement> out, double x, double y, String fill, String stroke, String text) {
        out.add(new SceneElement.Box(x, y - 7, 22, 14, 3, fill, stroke, 1.5, false, null));
        out.add(new SceneElement.Label(x + 28, y + 4, text, SMALL, false, false, Align.START, "#334155"));
        return x + 28 + TextMetrics.width(text, SMALL) + 18;
    }

    /** The colour of a dependency kind, shared by every format. */
    public static String colour(DependencyKind kind) {
        return switch (kind) {
            case FOREIGN_KEY -> "#64748b";
            case VIEW_READ -> "#0d9488";
            case DECLARED_REFERENCE -> "#2563eb";
            case INFERRED_REFERENCE -> "#d97706";
            case CONSUMER_READ -> "#7c3aed";
            case CONSUMER_WRITE -> "#db2777";
            case PARTITION, TRIGGER, SEQUENCE_OWNERSHIP -> "#94a3b8";
        };
    }
}
