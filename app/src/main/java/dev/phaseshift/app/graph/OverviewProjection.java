package dev.phaseshift.app.graph;

import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramCluster;
import dev.phaseshift.graph.layout.DiagramLink;
import dev.phaseshift.graph.layout.DiagramRow;
import dev.phaseshift.graph.layout.Emphasis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The estate overview as a diagram: one box per service, and per service, target service and dependency kind one
 * row that counts the dependencies ("customers: 3 declared references") with a link to the target service.
 * Dependencies inside a service are only counted, in the box's first row.
 */
final class OverviewProjection {
    private static final String ESTATE = "estate";

    private OverviewProjection() {
    }

    /** The row of the service box from which the links of one kind to one target start. */
    static String rowId(String serviceId, String targetId, DependencyKind kind) {
        return serviceId + "->" + targetId + "#" + kind.id();
    }

    static Diagram of(EstateGraph graph, Set<DependencyKind> hidden) {
        return new OverviewProjection().project(graph, hidden);
    }

    /** Service name to service node id, made once per service: the estate has tens of thousands of nodes. */
    private final Map<String, String> serviceIds = new java.util.HashMap<>();

    private Diagram project(EstateGraph graph, Set<DependencyKind> hidden) {
        Map<String, int[]> sizes = new TreeMap<>();
        Map<String, Map<String, Map<DependencyKind, int[]>>> across = new TreeMap<>();
        Map<String, Map<DependencyKind, int[]>> inside = new TreeMap<>();
        for (Node n : graph.nodes()) {
            if (n.kind() == NodeKind.SERVICE) {
                sizes.putIfAbsent(n.id(), new int[3]);
            }
        }
        for (Node n : graph.nodes()) {
            int slot = n.kind() == NodeKind.TABLE ? 0 : n.kind() == NodeKind.VIEW ? 1 : n.kind() == NodeKind.CONSUMER ? 2 : -1;
            if (slot >= 0 && sizes.containsKey(serviceId(n))) {
                sizes.get(serviceId(n))[slot]++;
            }
        }
        for (Dependency d : graph.dependencies()) {
            if (hidden.contains(d.kind())) {
                continue;
            }
            String from = serviceId(graph.require(d.from()));
            String to = serviceId(graph.require(d.to()));
            if (from.equals(to)) {
                inside.computeIfAbsent(from, k -> new EnumMap<>(DependencyKind.class))
                        .computeIfAbsent(d.kind(), k -> new int[1])[0]++;
            } else {
                across.computeIfAbsent(from, k -> new TreeMap<>()).computeIfAbsent(to, k -> new EnumMap<>(DependencyKind.class))
                        .computeIfAbsent(d.kind(), k -> new int[1])[0]++;
            }
        }
        List<DiagramBox> boxes = new ArrayList<>();
        List<DiagramLink> links = new ArrayList<>();
        for (Map.Entry<String, int[]> e : sizes.entrySet()) {
            String id = e.getKey();
            Node service = graph.require(id);
            int[] size = e.getValue();
            List<DiagramRow> rows = new ArrayList<>();
            rows.add(new DiagramRow(id + "#size", size[0] + " tables · " + size[1] + " views · " + size[2]
                    + " consumer versions", service.attribute("engine"), false, Emphasis.NONE));
            Map<DependencyKind, int[]> own = inside.getOrDefault(id, Map.of());
            if (!own.isEmpty()) {
                List<String> parts = new ArrayList<>();
                own.forEach((kind, count) -> parts.add(count(count[0], kind)));
                rows.add(new DiagramRow(id + "#inside", "inside: " + String.join(" · ", parts), null, false,
                        Emphasis.NONE));
            }
            across.getOrDefault(id, Map.of()).forEach((target, kinds) -> kinds.forEach((kind, count) -> {
                String row = rowId(id, target, kind);
                String targetName = graph.require(target).label();
                rows.add(new DiagramRow(row, "→ " + targetName, count(count[0], kind), false, Emphasis.NONE));
                links.add(new DiagramLink(id, row, target, null, kind, false, false,
                        service.label() + ": " + count(count[0], kind) + " to " + targetName));
            }));
            String team = service.attribute("team");
            boxes.add(new DiagramBox(id, ESTATE, NodeKind.SERVICE, service.label() + (team == null ? "" : " · " + team),
                    rows, 0, service.attribute("snapshot") != null, Emphasis.NONE));
        }
        DiagramCluster estate = new DiagramCluster(ESTATE, graph.name(), sizes.size() + " services");
        return new Diagram(graph.name() + " — estate overview", List.of(estate), boxes, links);
    }

    private String serviceId(Node n) {
        return n.kind() == NodeKind.SERVICE ? n.id() : serviceIds.computeIfAbsent(n.service(),
                s -> Node.idOf(NodeKind.SERVICE, QualifiedName.service(s)));
    }

    /** "3 declared references". */
    static String count(int count, DependencyKind kind) {
        String name = kind.id().replace('_', ' ');
        return String.format(Locale.ROOT, "%d %s%s", count, name, count == 1 ? "" : "s");
    }
}
