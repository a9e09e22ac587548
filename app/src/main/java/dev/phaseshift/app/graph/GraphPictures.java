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
import java.util.Objects;
import java.util.Set;

/**
 * Draws what a {@link GraphRequest} asks for: the estate overview, one service framed by schema, or the
 * neighbourhood of one node the way {@code phaseshift graph --focus --depth} does. Runs in the background.
 */
final class GraphPictures {
    private GraphPictures() {
    }

    static GraphPicture draw(EstateGraph graph, GraphRequest request) {
        return switch (request.mode()) {
            case OVERVIEW -> overview(graph, request);
            case SERVICE -> service(graph, request);
            case NEIGHBOURHOOD -> around(graph, request);
        };
    }

    private static GraphPicture overview(EstateGraph graph, GraphRequest request) {
        Diagram diagram = OverviewProjection.of(graph, request.hidden());
        String summary = summary(graph);
        return finish(request, diagram, summary, "Estate overview of " + graph.name()
                + ": double-click a service to open it");
    }

    private static GraphPicture service(EstateGraph graph, GraphRequest request) {
        Node service = graph.require(request.target());
        Set<String> ids = new HashSet<>();
        for (Node n : graph.nodes()) {
            if (n.service() != null && n.service().equals(service.service()) && n.kind() != NodeKind.CONSUMER) {
                ids.add(n.id());
            }
        }
        EstateGraph shown = graph.subgraph(ids);
        Diagram diagram = DiagramProjection.of(shown, graph.name() + " — service " + service.label(), Set.of(),
                Set.of());
        diagram = DiagramEdits.bySchema(diagram, graph);
        diagram = DiagramEdits.expanded(DiagramEdits.withoutKinds(diagram, request.hidden()), graph,
                request.expanded());
        return finish(request, diagram, summary(shown), "Service " + service.label() + ": "
                + diagram.boxes().size() + " tables and views; double-click a table to show all its columns");
    }

    private static GraphPicture around(EstateGraph graph, GraphRequest request) {
        String focusId = request.target();
        Node focus = graph.require(focusId);
        Impact impact = new ImpactAnalysis(graph).of(focusId);
        Set<String> impacted = new HashSet<>();
        impact.hits().forEach(h -> impacted.add(h.node().id()));
        EstateGraph shown = graph.subgraph(Neighbourhood.around(graph, List.of(focusId), request.depth()));
        Diagram diagram = DiagramProjection.of(shown, graph.name() + " — impact of " + focus.label(),
                Set.of(focusId), impacted);
        diagram = DiagramEdits.expanded(DiagramEdits.withoutKinds(diagram, request.hidden()), graph,
                request.expanded());
        return finish(request, diagram, summary(shown) + " · depth " + request.depth(), ImpactDetails.headline(impact));
    }

    private static GraphPicture finish(GraphRequest request, Diagram diagram, String summary, String headline) {
        DiagramLayout layout = new LayeredLayout(DiagramPainter.HEADER).layout(diagram);
        Rect focusBox = diagram.boxes().stream()
                .filter(b -> b.emphasis() == Emphasis.FOCUS
                        || b.rows().stream().anyMatch(r -> r.emphasis() == Emphasis.FOCUS))
                .map(DiagramBox::id).map(layout.boxes()::get).filter(Objects::nonNull).findFirst().orElse(null);
        return new GraphPicture(request, diagram, layout, DiagramPainter.paint(diagram, layout, summary), summary,
                headline, focusBox);
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
