package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;

/**
 * Answers "who breaks if I touch this?": from a changed column, table, view or service, follows dependencies
 * backwards (from what is depended on to what depends on it) across services, and returns every node reached
 * with the path that explains it.
 *
 * <p>Granularity: a changed column reaches what depends on that column and what depends on its table as a
 * whole (a view that names no columns, a consumer that reads every column, a trigger, a partition); a changed
 * table or view reaches what depends on it or on any of its columns. A view that is reached counts as changed as
 * a whole, since its columns are not traced back to their sources. Paths through certain edges are preferred to
 * paths through open proposals, then shorter paths to longer ones; hits reached only through proposals are
 * marked uncertain. Rings among the reached tables are reported as {@link Impact#cycles()}.
 */
public final class ImpactAnalysis {
    private final EstateGraph graph;
    private final boolean followProposals;

    /** Follows open proposals too (their hits are marked uncertain). */
    public ImpactAnalysis(EstateGraph graph) {
        this(graph, true);
    }

    public ImpactAnalysis(EstateGraph graph, boolean followProposals) {
        this.graph = graph;
        this.followProposals = followProposals;
    }

    /** The impact of changing one node, by id. */
    public Impact of(String nodeId) {
        return of(List.of(nodeId));
    }

    /** The impact of changing several nodes at once, e.g. everything an operation touches. */
    public Impact of(Collection<String> nodeIds) {
        List<Node> changed = new ArrayList<>();
        for (String id : new LinkedHashSet<>(nodeIds)) {
            changed.add(graph.require(id));
        }
        Map<String, Reach> best = new HashMap<>();
        PriorityQueue<Reach> queue = new PriorityQueue<>(Comparator.comparingInt(Reach::uncertain)
                .thenComparingInt(Reach::length).thenComparing(Reach::node));
        Set<String> seeds = new HashSet<>();
        for (Node n : changed) {
            for (String id : seedsOf(n)) {
                if (seeds.add(id)) {
                    Reach r = new Reach(id, 0, 0, null, null);
                    best.put(id, r);
                    queue.add(r);
                }
            }
        }
        while (!queue.isEmpty()) {
            Reach at = queue.poll();
            if (best.get(at.node()) != at) {
                continue;
            }
            List<Dependency> dependents = dependentsOf(at.node());
            String column = columnOf(at);
            if (column != null) {
                // a reached view's columns are not traced to their sources: explain through the column of the
                // same name when there is one (order_summaries.total rather than order_summaries.order_id)
                dependents.sort(Comparator.comparing(d -> !column.equals(graph.require(d.to()).name().member())));
            }
            for (Dependency d : dependents) {
                if (d.proposed() && !followProposals) {
                    continue;
                }
                Reach next = new Reach(d.from(), at.uncertain() + (d.proposed() ? 1 : 0), at.length() + 1, d, at);
                Reach old = best.get(d.from());
                if (old == null || next.uncertain() < old.uncertain()
                        || (next.uncertain() == old.uncertain() && next.length() < old.length())) {
                    best.put(d.from(), next);
                    queue.add(next);
                }
            }
        }
        List<ImpactHit> hits = new ArrayList<>();
        Set<String> touched = new HashSet<>();
        for (Node n : changed) {
            graph.relationOf(n.id()).ifPresent(r -> touched.add(r.id()));
        }
        for (Reach r : best.values()) {
            if (seeds.contains(r.node())) {
                continue;
            }
            List<Dependency> path = r.path();
            hits.add(new ImpactHit(graph.require(r.node()), path, r.uncertain() == 0,
                    Explanations.path(graph, path)));
            graph.relationOf(r.node()).ifPresent(rel -> touched.add(rel.id()));
        }
        hits.sort(Comparator.comparing((ImpactHit h) -> !h.certain()).thenComparingInt(ImpactHit::distance)
                .thenComparing(h -> h.node().id()));
        List<DependencyCycle> cycles = new CycleFinder(graph, CycleLevel.RELATION).among(touched);
        return new Impact(changed, hits, cycles);
    }

    /** What counts as changed when a node changes: a relation brings its columns, a service its relations. */
    private List<String> seedsOf(Node n) {
        List<String> ids = new ArrayList<>();
        ids.add(n.id());
        if (n.kind() == NodeKind.SERVICE) {
            for (Node child : graph.children(n.id())) {
                if (child.kind().isRelation()) {
                    ids.addAll(seedsOf(child));
                }
            }
        } else if (n.kind().isRelation()) {
            for (Node child : graph.children(n.id())) {
                if (child.kind() == NodeKind.COLUMN) {
                    ids.add(child.id());
                }
            }
        }
        return ids;
    }

    /** The edges into a changed node, widened by its granularity (see the class comment). */
    private List<Dependency> dependentsOf(String id) {
        Node n = graph.require(id);
        List<Dependency> in = new ArrayList<>(graph.dependentsOf(id));
        if (n.kind() == NodeKind.COLUMN) {
            graph.parent(id).filter(p -> p.kind().isRelation()).ifPresent(p -> in.addAll(graph.dependentsOf(p.id())));
        } else if (n.kind().isRelation()) {
            for (Node child : graph.children(id)) {
                if (child.kind() == NodeKind.COLUMN) {
                    in.addAll(graph.dependentsOf(child.id()));
                }
            }
        }
        return in;
    }

    /** The name of the column a change arrived through, or null. */
    private String columnOf(Reach at) {
        Node node = graph.require(at.node());
        if (node.kind() == NodeKind.COLUMN) {
            return node.name().member();
        }
        return at.via() == null ? null : graph.require(at.via().to()).name().member();
    }

    /** How a node was reached: the last edge and the reach before it. */
    private record Reach(String node, int uncertain, int length, Dependency via, Reach previous) {
        List<Dependency> path() {
            List<Dependency> path = new ArrayList<>();
            for (Reach r = this; r.via() != null; r = r.previous()) {
                path.add(0, r.via());
            }
            return path;
        }
    }
}
