package dev.phaseshift.app.graph;

import dev.phaseshift.app.references.ReferenceLine;

import java.util.Objects;
import java.util.function.Consumer;

/** Where the graph's context menu sends an accepted or rejected proposal (the References tab records it). */
public record ReferenceDecisions(Consumer<ReferenceLine> accept, Consumer<ReferenceLine> reject) {
    public ReferenceDecisions {
        Objects.requireNonNull(accept, "accept");
        Objects.requireNonNull(reject, "reject");
    }
}
