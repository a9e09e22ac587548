package dev.phaseshift.app.graph;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

/**
 * Where the graph's viewport looks: a point of the picture at ({@code x}, {@code y}) is drawn at
 * ({@code x * zoom + offsetX}, {@code y * zoom + offsetY}) in the viewport. Moves asked for before the viewport has
 * a size are applied once it has one.
 */
public final class ViewportState {
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX");
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY");
    private double width;
    private double height;
    private Runnable pending;

    /** The viewport's size changed (the view calls this on layout). */
    public void resize(double newWidth, double newHeight) {
        width = newWidth;
        height = newHeight;
        if (pending != null && width > 0 && height > 0) {
            Runnable move = pending;
            pending = null;
            move.run();
        }
    }

    public double width() {
        return width;
    }

    public double height() {
        return height;
    }

    /** Moves the picture by that many viewport pixels. */
    public void panBy(double dx, double dy) {
        offsetX.set(offsetX.get() + dx);
        offsetY.set(offsetY.get() + dy);
    }

    /** Zooms by {@code factor} keeping the picture point under viewport point ({@code px}, {@code py}) in place. */
    public void zoomAt(double factor, double px, double py) {
        double now = zoom.get();
        double next = GraphViewModel.clampZoom(now * factor);
        double sceneX = (px - offsetX.get()) / now;
        double sceneY = (py - offsetY.get()) / now;
        zoom.set(next);
        offsetX.set(px - sceneX * next);
        offsetY.set(py - sceneY * next);
    }

    /** Sets the zoom keeping the middle of the viewport in place. */
    void zoomAtCentre(double value) {
        zoomAt(value / zoom.get(), width / 2, height / 2);
    }

    /** The zoom at which a picture of that size fits the viewport (with a small margin). */
    double fitZoom(double sceneWidth, double sceneHeight) {
        if (width <= 0 || height <= 0) {
            return 1;
        }
        return Math.min((width - 24) / sceneWidth, (height - 24) / sceneHeight);
    }

    /** Shows all of a picture of that size, centred, at most at {@code maxZoom}. */
    void fit(double sceneWidth, double sceneHeight, double maxZoom) {
        if (width <= 0 || height <= 0) {
            pending = () -> fit(sceneWidth, sceneHeight, maxZoom);
            return;
        }
        double z = GraphViewModel.clampZoom(Math.min(maxZoom, fitZoom(sceneWidth, sceneHeight)));
        zoom.set(z);
        offsetX.set(Math.max(12, (width - sceneWidth * z) / 2));
        offsetY.set(Math.max(12, (height - sceneHeight * z) / 2));
    }

    /** Puts picture point ({@code x}, {@code y}) in the middle of the viewport at that zoom. */
    void centreOn(double x, double y, double atZoom) {
        if (width <= 0 || height <= 0) {
            pending = () -> centreOn(x, y, atZoom);
            return;
        }
        double z = GraphViewModel.clampZoom(atZoom);
        zoom.set(z);
        offsetX.set(width / 2 - x * z);
        offsetY.set(height / 2 - y * z);
    }

    public ReadOnlyDoubleProperty zoom() {
        return zoom.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetX() {
        return offsetX.getReadOnlyProperty();
    }

    public ReadOnlyDoubleProperty offsetY() {
        return offsetY.getReadOnlyProperty();
    }
}
