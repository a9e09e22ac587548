package dev.phaseshift.app.graph;

import dev.phaseshift.app.inspector.ImpactDetails;
import dev.phaseshift.app.inspector.ImpactLine;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.analysis.ImpactHit;
import dev.phaseshift.graph.layout.DiagramLayout;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The impact of the object selected in a picture: every object its change reaches with the path that explains it,
 * and the boxes of the picture that stand for them (a column's table, in the overview a service).
 *
 * @param selected the node id of the selection
 * @param boxes    the boxes of the picture to highlight
 */
public record ImpactHighlight(String selected, String headline, List<ImpactLine> lines, Set<String> boxes) {
    public ImpactHighlight {
        lines = List.copyOf(lines);
        boxes = Set.copyOf(boxes);
    }

    static ImpactHighlight of(EstateGraph graph, DiagramLayout layout, String selectedId) {
        Node selected = graph.require(selectedId);
        List<String> changed = selected.kind() == NodeKind.SERVICE
                ? graph.children(selectedId).stream().filter(n -> n.kind().isRelation()).map(Node::id).toList()
                : List.of(selectedId);
        Impact impact = new ImpactAnalysis(graph).of(changed);
        Set<String> boxes = new LinkedHashSet<>();
        for (ImpactHit hit : impact.hits()) {
            String box = boxOf(graph, layout, hit.node());
            if (box != null && !box.equals(selectedId)) {
                boxes.add(box);
            }
        }
        List<ImpactLine> lines = impact.hits().stream().map(ImpactHighlight::line).toList();
        long services = impact.services().size();
        String headline = selected.kind() != NodeKind.SERVICE ? ImpactDetails.headline(impact)
                : "changing service " + selected.label() + " reaches " + impact.hits().size() + " objects in "
                + services + " services";
        return new ImpactHighlight(selectedId, headline, lines, boxes);
    }

    /** Whether a line lies in another service than the selection. */
    public boolean crossService(ImpactLine line, EstateGraph graph) {
        return !graph.require(selected).service().equals(line.service());
    }

    private static String boxOf(EstateGraph graph, DiagramLayout layout, Node node) {
        if (layout.boxes().containsKey(node.id())) {
            return node.id();
        }
        if (node.parent() != null && layout.boxes().containsKey(node.parent())) {
            return node.parent();
        }
        String service = graph.relationOf(node.id()).map(Node::parent).orElse(node.parent());
        return service != null && layout.boxes().containsKey(service) ? service : null;
    }

    private static ImpactLine line(ImpactHit hit) {
        Node node = hit.node();
        String kind = node.kind() == NodeKind.CONSUMER ? "consumer" : node.kind().name().toLowerCase(Locale.ROOT);
        return new ImpactLine(node.service(), node.label(), kind, hit.explanation(), hit.certain(), hit.distance());
    }
}
