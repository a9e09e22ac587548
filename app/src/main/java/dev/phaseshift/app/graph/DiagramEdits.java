package dev.phaseshift.app.graph;

import dev.phaseshift.graph.DependencyKind;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramCluster;
import dev.phaseshift.graph.layout.DiagramProjection;
import dev.phaseshift.graph.layout.DiagramRow;
import dev.phaseshift.graph.layout.Emphasis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Changes to a projected diagram the Graph tab offers: kinds switched off, tables opened to all their columns. */
final class DiagramEdits {
    private DiagramEdits() {
    }

    /** The diagram without links of the hidden kinds. */
    static Diagram withoutKinds(Diagram diagram, Set<DependencyKind> hidden) {
        if (hidden.isEmpty()) {
            return diagram;
        }
        return new Diagram(diagram.title(), diagram.clusters(), diagram.boxes(),
                diagram.links().stream().filter(l -> !hidden.contains(l.kind())).toList());
    }

    /** The diagram with every column of the {@code expanded} tables and views shown, in table order. */
    static Diagram expanded(Diagram diagram, EstateGraph graph, Set<String> expanded) {
        if (expanded.isEmpty()) {
            return diagram;
        }
        List<DiagramBox> boxes = new ArrayList<>();
        for (DiagramBox b : diagram.boxes()) {
            if (!expanded.contains(b.id()) || !b.kind().isRelation()) {
                boxes.add(b);
                continue;
            }
            Map<String, DiagramRow> shown = new LinkedHashMap<>();
            b.rows().forEach(r -> shown.put(r.id(), r));
            List<DiagramRow> rows = graph.children(b.id()).stream().filter(c -> c.kind() == NodeKind.COLUMN)
                    .sorted(Comparator.comparingInt(DiagramProjection::ordinal))
                    .map(c -> shown.getOrDefault(c.id(), DiagramProjection.columnRow(c, Emphasis.NONE)))
                    .toList();
            boxes.add(new DiagramBox(b.id(), b.cluster(), b.kind(), b.title(), rows, 0, b.placeholder(), b.emphasis()));
        }
        return new Diagram(diagram.title(), diagram.clusters(), boxes, diagram.links());
    }

    /** The diagram of one service with a frame per schema instead of one for the service. */
    static Diagram bySchema(Diagram diagram, EstateGraph graph) {
        Map<String, DiagramCluster> clusters = new LinkedHashMap<>();
        List<DiagramBox> boxes = new ArrayList<>();
        for (DiagramBox b : diagram.boxes()) {
            Node node = graph.require(b.id());
            String schema = node.name().schema();
            String id = "schema:" + node.service() + "." + schema;
            clusters.computeIfAbsent(id, k -> new DiagramCluster(k, schema, "schema of " + node.service()));
            boxes.add(new DiagramBox(b.id(), id, b.kind(), b.title(), b.rows(), b.hiddenRows(), b.placeholder(),
                    b.emphasis()));
        }
        return new Diagram(diagram.title(), List.copyOf(clusters.values()), boxes, diagram.links());
    }
}
