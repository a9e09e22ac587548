package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.Node;

import java.util.List;
import java.util.Objects;

/**
 * Something a change reaches, and why.
 *
 * @param path        the edges from the changed object out to this one; the first edge's {@code to} is (a column
 *                    of) the changed object, the last edge's {@code from} is this node
 * @param certain     false when the path uses an inferred reference the user has not accepted
 * @param explanation the path as sentences, e.g. {@code billing v1 reads orders.public.orders.total via replica}
 */
public record ImpactHit(Node node, List<Dependency> path, boolean certain, String explanation) {
    public ImpactHit {
        Objects.requireNonNull(node, "node");
        path = List.copyOf(path);
        if (path.isEmpty()) {
            throw new IllegalArgumentException("a hit is reached by at least one edge");
        }
    }

    /** How many edges away from the change it is. */
    public int distance() {
        return path.size();
    }
}
