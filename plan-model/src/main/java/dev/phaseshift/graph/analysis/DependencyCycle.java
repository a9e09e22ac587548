package dev.phaseshift.graph.analysis;

import java.util.List;
import java.util.Objects;

import dev.phaseshift.graph.Dependency;

/**
 * Relations or services that depend on each other in a ring: {@code nodes.get(i)} depends on
 * {@code nodes.get(i + 1)}, and the last on the first.
 *
 * @param nodes        ids of the relations or services in ring order, starting with the smallest id
 * @param dependencies one edge that makes each step, pairwise with {@code nodes}
 * @param explanation  the steps as sentences, e.g. {@code a.public.orders.invoice_id references b.public.invoices.id;
 *                     b.public.invoices.order_id references a.public.orders.id}
 */
public record DependencyCycle(CycleLevel level, List<String> nodes, List<Dependency> dependencies,
                              String explanation) {
    public DependencyCycle {
        Objects.requireNonNull(level, "level");
        nodes = List.copyOf(nodes);
        dependencies = List.copyOf(dependencies);
        if (nodes.size() != dependencies.size() || nodes.size() < 2) {
            throw new IllegalArgumentException("a cycle has at least two nodes and one edge per node");
        }
    }
}
