package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramLayout;
import dev.phaseshift.graph.layout.Rect;
import dev.phaseshift.graph.layout.Scene;

import java.util.Objects;

/**
 * A drawn diagram and what it shows, made in the background.
 *
 * @param request  what was asked for
 * @param diagram  the boxes and links shown (after toggles and expansions)
 * @param layout   where each box, row and link of the diagram is, in diagram units
 * @param scene    the drawing elements, in diagram units
 * @param summary  e.g. "3 services · 5 tables and views · 2 consumer versions · 37 dependencies · depth 2"
 * @param headline the impact of changing the focus, or what the picture shows
 * @param focus    where the box of the focus is drawn, in diagram units, so the view can scroll to it; or null
 */
public record GraphPicture(GraphRequest request, Diagram diagram, DiagramLayout layout, Scene scene, String summary,
                           String headline, Rect focus) {
    public GraphPicture {
        Objects.requireNonNull(request, "request");
        Objects.requireNonNull(diagram, "diagram");
        Objects.requireNonNull(layout, "layout");
        Objects.requireNonNull(scene, "scene");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(headline, "headline");
    }
}
