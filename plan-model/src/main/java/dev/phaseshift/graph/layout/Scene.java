package dev.phaseshift.graph.layout;

import java.util.List;

/** A finished picture: its size and what to draw, independent of the file format. */
public record Scene(double width, double height, String title, List<SceneElement> elements) {
    public Scene {
        elements = List.copyOf(elements);
    }
}
