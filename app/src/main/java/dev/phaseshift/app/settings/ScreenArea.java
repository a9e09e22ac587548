package dev.phaseshift.app.settings;

/** The usable area of one screen, in the same coordinates as window positions. */
public record ScreenArea(double x, double y, double width, double height) {
}
