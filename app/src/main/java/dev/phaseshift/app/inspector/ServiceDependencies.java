package dev.phaseshift.app.inspector;

import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.analysis.Explanations;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A service's dependencies on other services and theirs on it, one entry per pair of tables (or consumer and
 * table), so a consumer that reads twenty columns of a table is one line, not twenty.
 */
final class ServiceDependencies {
    static final String INCOMING = "Used by other services";
    static final String OUTGOING = "Uses other services";

    private ServiceDependencies() {
    }

    static List<InspectorSection> of(EstateGraph graph, String service) {
        if (graph == null) {
            return List.of();
        }
        Map<String, List<String>> incoming = new LinkedHashMap<>();
        Map<String, List<String>> outgoing = new LinkedHashMap<>();
        for (Dependency d : graph.dependencies()) {
            Node from = graph.require(d.from());
            Node to = graph.require(d.to());
            if (from.service().equals(to.service())) {
                continue;
            }
            Map<String, List<String>> side = to.service().equals(service) ? incoming
                    : from.service().equals(service) ? outgoing : null;
            if (side == null) {
                continue;
            }
            String key = relationLabel(graph, from) + " → " + relationLabel(graph, to)
                    + (d.proposed() ? "  (proposed)" : "");
            side.computeIfAbsent(key, k -> new ArrayList<>()).add(Explanations.sentence(graph, d));
        }
        return List.of(section(INCOMING, incoming), section(OUTGOING, outgoing));
    }

    private static EntriesSection section(String title, Map<String, List<String>> grouped) {
        List<InspectorEntry> entries = new ArrayList<>();
        grouped.forEach((key, sentences) -> entries.add(new InspectorEntry(key, sentences.size() <= 3
                ? String.join("\n", sentences)
                : String.join("\n", sentences.subList(0, 2)) + "\n… and " + (sentences.size() - 2) + " more")));
        return new EntriesSection(title, entries);
    }

    private static String relationLabel(EstateGraph graph, Node node) {
        return graph.relationOf(node.id()).map(Node::label).orElse(node.label());
    }
}
