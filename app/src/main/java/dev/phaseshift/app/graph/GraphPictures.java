package dev.phaseshift.app.graph;

import dev.phaseshift.app.inspector.ImpactDetails;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.analysis.Neighbourhood;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramLayout;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramProjection;
import dev.phaseshift.graph.layout.Emphasis;
import dev.phaseshift.graph.layout.LayeredLayout;
import dev.phaseshift.graph.layout.Rect;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Draws the neighbourhood of one node the way {@code phaseshift graph --focus --depth} does. */
final class GraphPictures {
    private GraphPictures() {
    }

    static GraphPicture around(EstateGraph graph, String focusId, int depth) {
        Node focus = graph.require(focusId);
        Impact impact = new ImpactAnalysis(graph).of(focusId);
        Set<String> impacted = new HashSet<>();
        impact.hits().forEach(h -> impacted.add(h.node().id()));
        EstateGraph shown = graph.subgraph(Neighbourhood.around(graph, List.of(focusId), depth));
        String title = graph.name() + " — impact of " + focus.label();
        String summary = summary(shown) + " · depth " + depth;
        Diagram diagram = DiagramProjection.of(shown, title, Set.of(focusId), impacted);
        DiagramLayout layout = new LayeredLayout(DiagramPainter.HEADER).layout(diagram);
        Rect focusBox = diagram.boxes().stream()
                .filter(b -> b.emphasis() == Emphasis.FOCUS || b.rows().stream().anyMatch(r -> r.emphasis() == Emphasis.FOCUS))
                .map(DiagramBox::id).map(layout.boxes()::get).filter(java.util.Objects::nonNull).findFirst().orElse(null);
        return new GraphPicture(DiagramPainter.paint(diagram, layout, summary), summary,
                ImpactDetails.headline(impact), focusBox);
    }

    private static String summary(EstateGraph graph) {
        long services = graph.nodes().stream().filter(n -> n.kind() == NodeKind.SERVICE).count();
        long relations = graph.nodes().stream().filter(n -> n.kind().isRelation()).count();
        long consumers = graph.nodes().stream().filter(n -> n.kind() == NodeKind.CONSUMER).count();
        return String.format(Locale.ROOT, "%d service%s · %d tables and views · %d consumer version%s · "
                        + "%d dependencies (%d proposed)", services, services == 1 ? "" : "s", relations, consumers,
                consumers == 1 ? "" : "s", graph.dependencyCount(), graph.proposals().size());
    }
}
