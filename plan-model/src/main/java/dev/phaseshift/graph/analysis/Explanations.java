package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Turns edges into the sentences people read: {@code billing v1 reads orders.public.orders.total via replica}. */
public final class Explanations {
    private Explanations() {
    }

    /** One edge as a sentence. */
    public static String sentence(EstateGraph graph, Dependency d) {
        String head = graph.require(d.from()).label() + " " + d.kind().verb() + " " + graph.require(d.to()).label();
        return head + switch (d.kind()) {
            case CONSUMER_READ, CONSUMER_WRITE -> " via " + d.channel().id();
            case FOREIGN_KEY -> " (" + d.evidence() + ")";
            case DECLARED_REFERENCE -> " (declared)";
            case INFERRED_REFERENCE -> d.proposed()
                    ? String.format(Locale.ROOT, " (inferred with confidence %.2f, not yet accepted)", d.confidence())
                    : " (inferred, accepted)";
            default -> "";
        };
    }

    /** Edges as sentences joined by "; ". */
    public static String path(EstateGraph graph, List<Dependency> path) {
        return path.stream().map(d -> sentence(graph, d)).collect(Collectors.joining("; "));
    }
}
