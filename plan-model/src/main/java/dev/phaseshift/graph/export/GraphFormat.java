package dev.phaseshift.graph.export;

import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

/** The file formats {@code phaseshift graph} writes. */
public enum GraphFormat {
    /** The full typed graph, for other tools. */
    JSON,
    /** Graphviz input, clusters per service. */
    DOT,
    /** The laid-out picture. */
    SVG,
    /** The laid-out picture as an image (twice the SVG's size, for sharp text). */
    PNG;

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Optional<GraphFormat> fromId(String text) {
        return Arrays.stream(values()).filter(f -> f.id().equalsIgnoreCase(text)).findFirst();
    }
}
