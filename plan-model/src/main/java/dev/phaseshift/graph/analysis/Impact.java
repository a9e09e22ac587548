package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Everything a change to some objects reaches, transitively and across services.
 *
 * @param changed the objects whose change was analysed
 * @param hits    what the change reaches, nearest and certain first
 * @param cycles  rings among the reached tables and views: they will have to change together
 */
public record Impact(List<Node> changed, List<ImpactHit> hits, List<DependencyCycle> cycles) {
    public Impact {
        changed = List.copyOf(changed);
        hits = List.copyOf(hits);
        cycles = List.copyOf(cycles);
    }

    public Optional<ImpactHit> hit(String nodeId) {
        return hits.stream().filter(h -> h.node().id().equals(nodeId)).findFirst();
    }

    /** The services something is reached in, sorted; the changed object's own service only when reached. */
    public Set<String> services() {
        Set<String> services = new TreeSet<>();
        hits.forEach(h -> services.add(h.node().service()));
        return services;
    }

    /** The consumer versions reached ({@code billing v1}...), in hit order. */
    public List<ImpactHit> consumers() {
        return hits.stream().filter(h -> h.node().kind() == NodeKind.CONSUMER).toList();
    }

    public boolean isEmpty() {
        return hits.isEmpty();
    }

    /** The hit's explanations, one per line, for terminals and logs. */
    public String describe() {
        StringBuilder out = new StringBuilder();
        for (ImpactHit h : hits) {
            out.append(h.node().label()).append(h.certain() ? "" : " (uncertain)").append(": ")
                    .append(h.explanation()).append('\n');
        }
        for (DependencyCycle c : cycles) {
            out.append("cycle: ").append(c.explanation()).append('\n');
        }
        return out.toString();
    }
}
