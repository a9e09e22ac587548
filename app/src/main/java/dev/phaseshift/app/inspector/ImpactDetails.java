package dev.phaseshift.app.inspector;

import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.analysis.ImpactHit;

import java.util.Locale;
import java.util.Optional;

/** The "Impact" section of a table, view or column: everything its change reaches, with the path that explains it. */
public final class ImpactDetails {
    static final String TITLE = "Impact";

    private ImpactDetails() {
    }

    static Optional<ImpactSection> of(EstateGraph graph, QualifiedName name) {
        if (graph == null || name == null) {
            return Optional.empty();
        }
        return graph.find(name).map(node -> section(new ImpactAnalysis(graph).of(node.id())));
    }

    static ImpactSection section(Impact impact) {
        return new ImpactSection(TITLE, headline(impact), impact.hits().stream().map(ImpactDetails::line).toList());
    }

    /** "changing orders.public.orders.total reaches 4 objects in 2 services", or that it reaches nothing. */
    public static String headline(Impact impact) {
        String changed = impact.changed().isEmpty() ? "this" : impact.changed().get(0).label();
        if (impact.isEmpty()) {
            return "changing " + changed + " reaches no other object";
        }
        int objects = impact.hits().size();
        int services = impact.services().size();
        long uncertain = impact.hits().stream().filter(h -> !h.certain()).count();
        return "changing " + changed + " reaches " + objects + " object" + (objects == 1 ? "" : "s") + " in "
                + services + " service" + (services == 1 ? "" : "s")
                + (uncertain == 0 ? "" : " (" + uncertain + " only through proposed references)");
    }

    private static ImpactLine line(ImpactHit hit) {
        Node node = hit.node();
        return new ImpactLine(node.service(), node.label(), kind(node.kind()), hit.explanation(), hit.certain(),
                hit.distance());
    }

    private static String kind(NodeKind kind) {
        return switch (kind) {
            case CONSUMER -> "consumer";
            default -> kind.name().toLowerCase(Locale.ROOT);
        };
    }
}
