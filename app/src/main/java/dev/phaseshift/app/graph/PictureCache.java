package dev.phaseshift.app.graph;

import dev.phaseshift.graph.EstateGraph;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Laid-out pictures of one estate graph, by request, the least recently used dropped first. A picture of another
 * graph (the estate was read again) is never returned: the state of the estate is part of the key.
 */
final class PictureCache {
    private final int capacity;
    private final Map<GraphRequest, GraphPicture> pictures;
    private EstateGraph graph;

    PictureCache(int capacity) {
        this.capacity = capacity;
        this.pictures = new LinkedHashMap<>(16, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<GraphRequest, GraphPicture> eldest) {
                return size() > PictureCache.this.capacity;
            }
        };
    }

    GraphPicture get(EstateGraph of, GraphRequest request) {
        return of == graph ? pictures.get(request) : null;
    }

    void put(EstateGraph of, GraphRequest request, GraphPicture picture) {
        if (of != graph) {
            pictures.clear();
            graph = of;
        }
        pictures.put(request, picture);
    }

    void clear() {
        pictures.clear();
        graph = null;
    }
}
