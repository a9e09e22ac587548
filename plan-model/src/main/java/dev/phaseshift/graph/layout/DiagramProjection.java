package dev.phaseshift.graph.layout;

import dev.phaseshift.estate.Channel;
import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns an estate graph into a {@link Diagram}: one box per table, view and consumer version, one cluster per
 * service. A table shows its primary key and the columns that references start or end at (and the focused or
 * impacted ones); the rest is counted as "+N more". References are drawn column to column; reads and writes
 * once per reader and table, to the focused or impacted column they read if any, else to the table; a consumer
 * has one row per table it reads or writes. Sequences and triggers are not drawn.
 */
public final class DiagramProjection {
    private final EstateGraph graph;
    private final Set<String> focus;
    private final Set<String> impacted;

    private DiagramProjection(EstateGraph graph, Set<String> focus, Set<String> impacted) {
        this.graph = graph;
        this.focus = focus;
        this.impacted = impacted;
    }

    /**
     * @param focus    node ids to show as the object in focus (a table or column), may be empty
     * @param impacted node ids the focus's change reaches, may be empty
     */
    public static Diagram of(EstateGraph graph, String title, Set<String> focus, Set<String> impacted) {
        return new DiagramProjection(graph, focus, impacted).project(title);
    }

    /** A read or write aggregated per reader and table. */
    private static final class Access {
        final String fromBox;
        final String fromRow;
        final String toBox;
        final DependencyKind kind;
        final Channel channel;
        final List<String> columns = new ArrayList<>();
        boolean wholeRelation;

        Access(String fromBox, String fromRow, String toBox, DependencyKind kind, Channel channel) {
            this.fromBox = fromBox;
            this.fromRow = fromRow;
            this.toBox = toBox;
            this.kind = kind;
            this.channel = channel;
        }
    }

    private Diagram project(String title) {
        Map<String, Node> boxes = new LinkedHashMap<>();
        for (Node n : graph.nodes()) {
            if (n.kind().isRelation() || n.kind() == NodeKind.CONSUMER) {
                boxes.put(n.id(), n);
            }
        }
        Set<String> shownColumns = new HashSet<>();
        List<DiagramLink> links = new ArrayList<>();
        Map<String, Access> accesses = new LinkedHashMap<>();
        Map<String, List<DiagramRow>> consumerRows = new LinkedHashMap<>();
        for (Dependency d : graph.dependencies()) {
            Node from = graph.require(d.from());
            Node to = graph.require(d.to());
            if (d.kind().isReference() && from.kind() == NodeKind.COLUMN && to.kind() == NodeKind.COLUMN) {
                shownColumns.add(from.id());
                shownColumns.add(to.id());
                links.add(new DiagramLink(from.parent(), from.id(), to.parent(), to.id(), d.kind(), d.proposed(),
                        onPath(from.id(), to.id()), tooltip(d)));
            } else if (d.kind() == DependencyKind.PARTITION) {
                links.add(new DiagramLink(from.id(), null, to.id(), null, d.kind(), false, onPath(from.id(), to.id()),
                        tooltip(d)));
            } else if (d.kind() == DependencyKind.VIEW_READ || d.kind().isConsumer()) {
                String toBox = to.kind() == NodeKind.COLUMN ? to.parent() : to.id();
                if (!boxes.containsKey(toBox) || !boxes.containsKey(from.id())) {
                    continue;
                }
                String fromRow = from.kind() == NodeKind.CONSUMER ? from.id() + "#" + d.kind().id() + ":" + toBox : null;
                if (fromRow != null) {
                    List<DiagramRow> rows = consumerRows.computeIfAbsent(from.id(), k -> new ArrayList<>());
                    if (rows.stream().noneMatch(r -> r.id().equals(fromRow))) {
                        rows.add(new DiagramRow(fromRow, d.kind().verb() + " " + graph.require(toBox).label(),
                                d.channel().id(), false, Emphasis.NONE));
                    }
                }
                Access a = accesses.computeIfAbsent(from.id() + "|" + fromRow + "|" + toBox,
                        k -> new Access(from.id(), fromRow, toBox, d.kind(), d.channel()));
                if (to.kind() == NodeKind.COLUMN) {
                    a.columns.add(to.id());
                } else {
                    a.wholeRelation = true;
                }
            }
        }
        for (String id : focus) {
            graph.node(id).filter(n -> n.kind() == NodeKind.COLUMN).ifPresent(n -> shownColumns.add(id));
        }
        for (String id : impacted) {
            graph.node(id).filter(n -> n.kind() == NodeKind.COLUMN).ifPresent(n -> shownColumns.add(id));
        }
        for (Access a : accesses.values()) {
            String target = a.columns.stream().filter(c -> focus.contains(c) || impacted.contains(c)).findFirst()
                    .orElse(null);
            String columns = a.wholeRelation ? "every column" : a.columns.stream()
                    .map(c -> graph.require(c).name().member()).collect(Collectors.joining(", "));
            links.add(new DiagramLink(a.fromBox, a.fromRow, a.toBox, target, a.kind, false,
                    onPath(a.fromBox, target == null ? a.toBox : target),
                    graph.require(a.fromBox).label() + " " + a.kind.verb() + " " + columns + " of "
                            + graph.require(a.toBox).label() + (a.channel == null ? "" : " via " + a.channel.id())));
        }
        // a service with one schema needs no schema in its box titles
        Map<String, Set<String>> schemas = new LinkedHashMap<>();
        for (Node n : boxes.values()) {
            if (n.kind().isRelation()) {
                schemas.computeIfAbsent(n.parent(), k -> new HashSet<>()).add(n.name().schema());
            }
        }
        Map<String, Boolean> singleSchema = new LinkedHashMap<>();
        schemas.forEach((service, names) -> singleSchema.put(service, names.size() == 1));
        List<DiagramBox> diagramBoxes = new ArrayList<>();
        Set<String> clustersUsed = new LinkedHashSet<>();
        for (Node n : boxes.values()) {
            List<DiagramRow> rows;
            int hidden;
            if (n.kind() == NodeKind.CONSUMER) {
                rows = consumerRows.getOrDefault(n.id(), List.of());
                hidden = 0;
            } else {
                rows = new ArrayList<>();
                List<Node> columns = graph.children(n.id()).stream().filter(c -> c.kind() == NodeKind.COLUMN)
                        .sorted(Comparator.comparingInt(DiagramProjection::ordinal)).toList();
                for (Node c : columns) {
                    boolean key = "primary".equals(c.attribute("key"));
                    if (key || shownColumns.contains(c.id())) {
                        rows.add(new DiagramRow(c.id(), c.name().member(), shortType(c), key, emphasis(c.id())));
                    }
                }
                // a subgraph may hold only some columns; the node knows how many the table has
                String count = n.attribute("columns");
                hidden = (count == null ? columns.size() : Integer.parseInt(count)) - rows.size();
            }
            Emphasis emphasis = emphasis(n.id());
            if (emphasis == Emphasis.NONE) {
                emphasis = rows.stream().map(DiagramRow::emphasis).filter(e -> e != Emphasis.NONE)
                        .min(Comparator.naturalOrder()).orElse(Emphasis.NONE);
            }
            String heading = n.kind() == NodeKind.CONSUMER ? n.label()
                    : singleSchema.getOrDefault(n.parent(), false) ? n.name().relation() : n.name().local();
            diagramBoxes.add(new DiagramBox(n.id(), n.parent(), n.kind(), heading, rows, hidden,
                    n.attribute("placeholder") != null, emphasis));
            clustersUsed.add(n.parent());
        }
        List<DiagramCluster> clusters = new ArrayList<>();
        for (String id : clustersUsed) {
            Node service = graph.require(id);
            List<String> parts = new ArrayList<>();
            if (service.attribute("team") != null) {
                parts.add("team " + service.attribute("team"));
            }
            if (service.attribute("engine") != null) {
                parts.add(Engine.fromId(service.attribute("engine")).displayName());
            }
            clusters.add(new DiagramCluster(id, service.label(), parts.isEmpty() ? null : String.join(" · ", parts)));
        }
        return new Diagram(title, clusters, diagramBoxes, links);
    }

    private Emphasis emphasis(String id) {
        return focus.contains(id) ? Emphasis.FOCUS : impacted.contains(id) ? Emphasis.IMPACTED : Emphasis.NONE;
    }

    /** Whether a link lies on an impact path: its dependent is reached and its dependency is focus or reached. */
    private boolean onPath(String from, String to) {
        boolean fromHit = impacted.contains(from);
        boolean toHit = focus.contains(to) || impacted.contains(to)
                || graph.node(to).map(n -> focus.contains(n.parent()) || focus.contains(n.id())).orElse(false);
        return fromHit && toHit;
    }

    /** The row of a column as every picture shows it: its name, short type, and a key mark for primary keys. */
    public static DiagramRow columnRow(Node column, Emphasis emphasis) {
        return new DiagramRow(column.id(), column.name().member(), shortType(column),
                "primary".equals(column.attribute("key")), emphasis);
    }

    /** A column's position in its table, for ordering rows. */
    public static int ordinal(Node column) {
        String ordinal = column.attribute("ordinal");
        return ordinal == null ? Integer.MAX_VALUE : Integer.parseInt(ordinal);
    }

    private static String shortType(Node column) {
        String type = column.attribute("normalized_type") != null ? column.attribute("normalized_type")
                : column.attribute("type");
        return type == null ? null : type.length() > 22 ? type.substring(0, 21) + "…" : type;
    }

    private static String tooltip(Dependency d) {
        return d.kind().id().replace('_', ' ') + ": " + d.evidence()
                + (d.proposed() ? String.format(java.util.Locale.ROOT, " (confidence %.2f, not yet accepted)",
                d.confidence()) : "");
    }
}
