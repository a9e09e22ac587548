package dev.phaseshift.app.graph;

import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;

import java.util.List;

/**
 * Where the graph's viewport looks: a point of the picture at ({@code x}, {@code y}) is drawn at
 * ({@code x * zoom + offsetX}, {@code y * zoom + offsetY}) in the viewport. Moves asked for before the viewport has
 * a size are applied once it has one.
 */
public final class ViewportState {
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final ReadOnlyDoubleWrapper offsetX = new ReadOnlyDoubleWrapper(this, "offsetX");
    private final ReadOnlyDoubleWrapper offsetY = new ReadOnlyDoubleWrapper(this, "offsetY");
    private final ReadOnlyDoubleWrapper width = new ReadOnlyDoubleWrapper(this, "width");
    private final ReadOnlyDoubleWrapper height = new ReadOnlyDoubleWrapper(this, "height");
    private Runnable pending;

    /** The viewport's size changed (the view calls this on layout). */
    public void resize(double newWidth, double newHeight) {
        width.set(newWidth);
        height.set(newHeight);
        if (pending != null && newWidth > 0 && newHeight > 0) {
            Runnable move = pending;
            pending = null;
            move.run();
        }
    }

    public double width() {
        return width.get();
    }

    public double height() {
        return height.get();
    }

    public ReadOnlyDoubleProperty widthProperty() {
        return width.getReadOnlyProperty();
    }

    /** Calls {@code change} whenever the zoom, the offset or the viewport's width changes. */
    public void onChange(Runnable change) {
        for (ReadOnlyDoubleProperty p : List.of(zoom(), offsetX(), offsetY(), widthProperty())) {
            p.addListener((obs, old, now) -> change.run());
        }
    }

    /** Runs a move now if the viewport has a size, else once it has one (replacing any move waiting). */
    void whenSized(Runnable move) {
        if (width() > 0 && height() > 0) {
            move.run();
        } else {
            pending = move;
        }
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
        zoomAt(value / zoom.get(), width() / 2, height() / 2);
    }

    /** The zoom at which a picture of that size fits the viewport (with a small margin). */
    double fitZoom(double sceneWidth, double sceneHeight) {
        if (width() <= 0 || height() <= 0) {
            return 1;
        }
        return Math.min((width() - 24) / sceneWidth, (height() - 24) / sceneHeight);
    }

    /** Shows all of a picture of that size, centred, at most at {@code maxZoom}. */
    void fit(double sceneWidth, double sceneHeight, double maxZoom) {
        if (width() <= 0 || height() <= 0) {
            pending = () -> fit(sceneWidth, sceneHeight, maxZoom);
            return;
        }
        double z = GraphViewModel.clampZoom(Math.min(maxZoom, fitZoom(sceneWidth, sceneHeight)));
        zoom.set(z);
        offsetX.set(Math.max(12, (width() - sceneWidth * z) / 2));
        offsetY.set(Math.max(12, (height() - sceneHeight * z) / 2));
    }

    /**
     * Puts picture point ({@code x}, {@code y}) in the middle of the viewport at that zoom, or as near as it goes
     * without showing empty space beside a picture of {@code sceneWidth} x {@code sceneHeight} that is larger than
     * the viewport.
     */
    void centreOn(double x, double y, double atZoom, double sceneWidth, double sceneHeight) {
        if (width() <= 0 || height() <= 0) {
            pending = () -> centreOn(x, y, atZoom, sceneWidth, sceneHeight);
            return;
        }
        double z = GraphViewModel.clampZoom(atZoom);
        zoom.set(z);
        offsetX.set(within(width() / 2 - x * z, width(), sceneWidth * z));
        offsetY.set(within(height() / 2 - y * z, height(), sceneHeight * z));
    }

    private static double within(double offset, double viewport, double drawn) {
        return drawn <= viewport ? Math.max(12, (viewport - drawn) / 2) : Math.max(viewport - drawn - 12, Math.min(12, offset));
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
