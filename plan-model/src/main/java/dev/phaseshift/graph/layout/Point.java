package dev.phaseshift.graph.layout;

/** A point in diagram coordinates: x to the right, y down, in pixels at 100 %. */
public record Point(double x, double y) {
}
