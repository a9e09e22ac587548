package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.estate.QualifiedName;
import org.jgrapht.Graph;
import org.jgrapht.alg.connectivity.KosarajuStrongConnectivityInspector;
import org.jgrapht.graph.DefaultDirectedGraph;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Finds relations or services that depend on each other. The column graph itself is nearly always acyclic;
 * rings appear when it is projected onto tables ({@code orders.invoice_id -> invoices.id} and
 * {@code invoices.order_id -> orders.id}) or services, and they matter: such tables must change together, such
 * services must be deployed in step. Returns one shortest ring per strongly connected group, as values.
 * Self-references (a table's foreign key to itself) are not reported.
 */
public final class CycleFinder {
    private final EstateGraph graph;
    private final CycleLevel level;

    public CycleFinder(EstateGraph graph, CycleLevel level) {
        this.graph = graph;
        this.level = level;
    }

    /** Every ring of the graph at this level, ordered by their first node. */
    public List<DependencyCycle> find() {
        return find(id -> true);
    }

    /** The rings among the projected nodes (relation or service ids) that {@code keep} accepts. */
    public List<DependencyCycle> find(Predicate<String> keep) {
        return find(graph.dependencies(), keep);
    }

    /**
     * The rings among some relations only, e.g. those a change reaches; looks only at their own edges, so it
     * costs what they have, not what the estate has.
     */
    public List<DependencyCycle> among(Set<String> relationIds) {
        if (level != CycleLevel.RELATION) {
            throw new IllegalStateException("rings among relations are found at the relation level");
        }
        List<Dependency> edges = new ArrayList<>();
        for (String id : relationIds) {
            edges.addAll(graph.dependenciesOf(id));
            for (Node child : graph.children(id)) {
                edges.addAll(graph.dependenciesOf(child.id()));
            }
        }
        return find(edges, relationIds::contains);
    }

    private List<DependencyCycle> find(List<Dependency> dependencies, Predicate<String> keep) {
        Graph<String, Step> projected = new DefaultDirectedGraph<>(null, null, false);
        for (Dependency d : dependencies) {
            Optional<String> from = project(d.from());
            Optional<String> to = project(d.to());
            if (from.isEmpty() || to.isEmpty() || from.get().equals(to.get())
                    || !keep.test(from.get()) || !keep.test(to.get())) {
                continue;
            }
            projected.addVertex(from.get());
            projected.addVertex(to.get());
            if (!projected.containsEdge(from.get(), to.get())) {
                projected.addEdge(from.get(), to.get(), new Step(d));
            }
        }
        List<DependencyCycle> cycles = new ArrayList<>();
        for (Set<String> group : new KosarajuStrongConnectivityInspector<>(projected).stronglyConnectedSets()) {
            if (group.size() > 1) {
                cycles.add(ring(projected, group));
            }
        }
        cycles.sort(Comparator.comparing(c -> c.nodes().get(0)));
        return List.copyOf(cycles);
    }

    /** The node an edge end counts as at this level, or empty when it has no place there (a sequence). */
    Optional<String> project(String id) {
        Node node = graph.require(id);
        if (level == CycleLevel.SERVICE) {
            return Optional.of(Node.idOf(NodeKind.SERVICE, QualifiedName.service(node.service())));
        }
        return graph.relationOf(id).map(Node::id);
    }

    /** The shortest ring through the group's smallest node. */
    private DependencyCycle ring(Graph<String, Step> projected, Set<String> group) {
        String start = Collections.min(group);
        Map<String, Step> reachedBy = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>();
        queue.add(start);
        Step closing = null;
        while (!queue.isEmpty() && closing == null) {
            String at = queue.poll();
            List<Step> out = new ArrayList<>(projected.outgoingEdgesOf(at));
            out.sort(Comparator.comparing(projected::getEdgeTarget));
            for (Step step : out) {
                String next = projected.getEdgeTarget(step);
                if (!group.contains(next)) {
                    continue;
                }
                if (next.equals(start)) {
                    closing = step;
                    break;
                }
                if (!reachedBy.containsKey(next)) {
                    reachedBy.put(next, step);
                    queue.add(next);
                }
            }
        }
        List<Step> steps = new ArrayList<>();
        steps.add(closing);
        for (String at = projected.getEdgeSource(closing); !at.equals(start); ) {
            Step step = reachedBy.get(at);
            steps.add(step);
            at = projected.getEdgeSource(step);
        }
        Collections.reverse(steps);
        List<String> nodes = steps.stream().map(projected::getEdgeSource).toList();
        List<Dependency> dependencies = steps.stream().map(Step::dependency).toList();
        return new DependencyCycle(level, nodes, dependencies, Explanations.path(graph, dependencies));
    }

    /** A projected edge; identity equality, as JGraphT needs distinct edge objects. */
    private static final class Step {
        private final Dependency dependency;

        Step(Dependency dependency) {
            this.dependency = dependency;
        }

        Dependency dependency() {
            return dependency;
        }
    }
}
