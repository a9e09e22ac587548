package dev.phaseshift.graph.layout;

import java.util.List;
import java.util.Objects;

/** What a picture of the estate graph shows, before any placement: clusters, boxes with rows, links. */
public record Diagram(String title, List<DiagramCluster> clusters, List<DiagramBox> boxes, List<DiagramLink> links) {
    public Diagram {
        Objects.requireNonNull(title, "title");
        clusters = List.copyOf(clusters);
        boxes = List.copyOf(boxes);
        links = List.copyOf(links);
    }
}
