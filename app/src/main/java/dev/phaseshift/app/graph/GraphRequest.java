package dev.phaseshift.app.graph;

import dev.phaseshift.graph.DependencyKind;

import java.util.Objects;
import java.util.Set;

/**
 * What to draw; equal requests on the same estate graph give the same picture, so pictures are cached by it.
 *
 * @param target   the service node id (service mode) or the focus node id (neighbourhood); null for the overview
 * @param depth    hops around the focus (neighbourhood only)
 * @param hidden   dependency kinds switched off
 * @param expanded boxes that show all their columns
 */
public record GraphRequest(GraphMode mode, String target, int depth, Set<DependencyKind> hidden, Set<String> expanded) {
    public GraphRequest {
        Objects.requireNonNull(mode, "mode");
        hidden = Set.copyOf(hidden);
        expanded = Set.copyOf(expanded);
        if (mode != GraphMode.OVERVIEW) {
            Objects.requireNonNull(target, "target");
        }
    }
}
