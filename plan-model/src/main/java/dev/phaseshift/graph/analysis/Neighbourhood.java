package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What lies within a number of hops of a focus, following edges both ways (dependents and dependencies), for
 * drawing a readable part of a large estate. A column's hops start from the column and from its table's
 * whole-table edges; a table's from the table and all its columns.
 */
public final class Neighbourhood {
    private Neighbourhood() {
    }

    /** The ids within {@code depth} hops of the focus, focus included; use with {@link EstateGraph#subgraph}. */
    public static Set<String> around(EstateGraph graph, Collection<String> focus, int depth) {
        if (depth < 0) {
            throw new IllegalArgumentException("depth " + depth + " is negative");
        }
        Map<String, Integer> distance = new HashMap<>();
        List<String> frontier = new ArrayList<>();
        for (String id : focus) {
            graph.require(id);
            distance.put(id, 0);
            frontier.add(id);
        }
        for (int hop = 1; hop <= depth && !frontier.isEmpty(); hop++) {
            List<String> next = new ArrayList<>();
            for (String id : frontier) {
                for (Dependency d : edgesOf(graph, id)) {
                    for (String end : new String[] {d.from(), d.to()}) {
                        if (!distance.containsKey(end)) {
                            distance.put(end, hop);
                            next.add(end);
                        }
                    }
                }
            }
            frontier = next;
        }
        Set<String> ids = new LinkedHashSet<>(distance.keySet());
        for (String id : focus) {
            Node n = graph.require(id);
            if (n.kind().isRelation()) {
                graph.children(id).forEach(c -> ids.add(c.id()));
            }
        }
        return ids;
    }

    private static List<Dependency> edgesOf(EstateGraph graph, String id) {
        Node n = graph.require(id);
        List<Dependency> edges = new ArrayList<>(graph.dependentsOf(id));
        edges.addAll(graph.dependenciesOf(id));
        if (n.kind() == NodeKind.COLUMN) {
            graph.parent(id).filter(p -> p.kind().isRelation()).ifPresent(p -> {
                edges.addAll(graph.dependentsOf(p.id()));
                edges.addAll(graph.dependenciesOf(p.id()));
            });
        } else if (n.kind().isRelation()) {
            for (Node child : graph.children(id)) {
                edges.addAll(graph.dependentsOf(child.id()));
                edges.addAll(graph.dependenciesOf(child.id()));
            }
        }
        return edges;
    }
}
