package dev.phaseshift.graph.layout;

import java.util.Objects;

/**
 * One service's frame in a diagram.
 *
 * @param id       the service's node id
 * @param subtitle team and engine, or null
 */
public record DiagramCluster(String id, String title, String subtitle) {
    public DiagramCluster {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(title, "title");
    }
}
