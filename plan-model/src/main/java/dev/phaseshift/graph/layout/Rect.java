package dev.phaseshift.graph.layout;

/** An axis-aligned rectangle in diagram coordinates. */
public record Rect(double x, double y, double width, double height) {
    public double right() {
        return x + width;
    }

    public double bottom() {
        return y + height;
    }

    public double centreY() {
        return y + height / 2;
    }
}
