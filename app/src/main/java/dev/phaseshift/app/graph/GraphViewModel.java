package dev.phaseshift.app.graph;

import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.graph.EstateGraph;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyDoubleProperty;
import javafx.beans.property.ReadOnlyDoubleWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;

/**
 * The Graph tab: which node is in focus, how many hops around it are shown, the picture drawn for them, and the
 * zoom. Pictures are made through the {@link TaskRunner}; only the newest request may replace the picture.
 */
public final class GraphViewModel {
    public static final int MIN_DEPTH = 1;
    public static final int MAX_DEPTH = 4;
    public static final int DEFAULT_DEPTH = 2;
    public static final double MIN_ZOOM = 0.25;
    public static final double MAX_ZOOM = 4;
    static final double READABLE_ZOOM = 0.75;
    static final String NOTHING_FOCUSED = "Select a table, view or column and choose Show in graph (Ctrl+G).";

    private final TaskRunner tasks;
    private final ObservableValue<EstateGraph> graph;
    private final ReadOnlyStringWrapper focusId = new ReadOnlyStringWrapper(this, "focusId");
    private final ReadOnlyStringWrapper focusLabel = new ReadOnlyStringWrapper(this, "focusLabel", "");
    private final ReadOnlyIntegerWrapper depth = new ReadOnlyIntegerWrapper(this, "depth", DEFAULT_DEPTH);
    private final ReadOnlyObjectWrapper<GraphPicture> picture = new ReadOnlyObjectWrapper<>(this, "picture");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", NOTHING_FOCUSED);
    private final ReadOnlyBooleanWrapper drawing = new ReadOnlyBooleanWrapper(this, "drawing");
    private final ReadOnlyDoubleWrapper zoom = new ReadOnlyDoubleWrapper(this, "zoom", 1);
    private final BooleanBinding dark;
    private int requests;

    public GraphViewModel(TaskRunner tasks, ObservableValue<EstateGraph> graph, ObservableValue<ColorScheme> scheme) {
        this.tasks = tasks;
        this.graph = graph;
        this.dark = Bindings.createBooleanBinding(() -> scheme.getValue() == ColorScheme.DARK, scheme);
        graph.addListener((obs, old, now) -> graphChanged(now));
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Draws the neighbourhood of a node of the open graph. */
    public void focus(String nodeId) {
        EstateGraph g = graph.getValue();
        if (g == null || !g.contains(nodeId)) {
            throw new IllegalArgumentException("no node \"" + nodeId + "\" in the open estate's graph");
        }
        focusId.set(nodeId);
        focusLabel.set(g.require(nodeId).label());
        redraw();
    }

    /** Shows {@code value} hops around the focus, kept between {@link #MIN_DEPTH} and {@link #MAX_DEPTH}. */
    public void setDepth(int value) {
        int clamped = Math.max(MIN_DEPTH, Math.min(MAX_DEPTH, value));
        if (clamped != depth.get()) {
            depth.set(clamped);
            redraw();
        }
    }

    public void zoomBy(double factor) {
        setZoom(zoom.get() * factor);
    }

    public void zoomIn() {
        zoomBy(1.25);
    }

    public void zoomOut() {
        zoomBy(1 / 1.25);
    }

    public void resetZoom() {
        setZoom(1);
    }

    /** The zoom that fits the picture into a viewport of that size, never above 100 %. */
    public void zoomToFit(double width, double height) {
        GraphPicture p = picture.get();
        if (p != null && width > 0 && height > 0) {
            setZoom(Math.min(1, Math.min(width / p.scene().width(), height / p.scene().height())));
        }
    }

    /**
     * The zoom a new picture opens at: all of it when it fits at 100 % or a little less, else no smaller than
     * {@link #READABLE_ZOOM}, where the text is still readable (the view then scrolls to the focus).
     */
    public void zoomForReading(double width, double height) {
        GraphPicture p = picture.get();
        if (p != null && width > 0 && height > 0) {
            double fit = Math.min(width / p.scene().width(), height / p.scene().height());
            setZoom(Math.max(READABLE_ZOOM, Math.min(1, fit)));
        }
    }

    public void setZoom(double value) {
        zoom.set(Math.max(MIN_ZOOM, Math.min(MAX_ZOOM, value)));
    }

    // ---- drawing -------------------------------------------------------------------------------------------

    private void graphChanged(EstateGraph now) {
        String id = focusId.get();
        if (id == null) {
            return;
        }
        if (now != null && now.contains(id)) {
            // the estate was read again (a decision was recorded): draw the same place anew
            redraw();
        } else {
            requests++;
            focusId.set(null);
            focusLabel.set("");
            picture.set(null);
            drawing.set(false);
            message.set(now == null ? NOTHING_FOCUSED
                    : "The open estate has no \"" + id.substring(id.indexOf(':') + 1) + "\". " + NOTHING_FOCUSED);
        }
    }

    private void redraw() {
        EstateGraph g = graph.getValue();
        String id = focusId.get();
        if (g == null || id == null) {
            return;
        }
        int request = ++requests;
        int hops = depth.get();
        drawing.set(true);
        message.set("Drawing the graph around " + focusLabel.get() + "…");
        tasks.run("drawing the graph around " + focusLabel.get(), progress -> {
            progress.message("laying out the graph around " + focusLabel.get());
            return GraphPictures.around(g, id, hops);
        }, drawn -> {
            if (request == requests) {
                drawing.set(false);
                picture.set(drawn);
                message.set(drawn.headline());
            }
        }, error -> {
            if (request == requests) {
                drawing.set(false);
                picture.set(null);
                message.set("Could not draw the graph around " + focusLabel.get() + ": " + error.getMessage());
            }
        });
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** The id of the node in focus ({@code column:orders.public.orders.total}), or null. */
    public ReadOnlyStringProperty focusIdProperty() {
        return focusId.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty focusLabelProperty() {
        return focusLabel.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty depthProperty() {
        return depth.getReadOnlyProperty();
    }

    /** The drawn diagram, or null before the first one or while the focus is gone. */
    public ReadOnlyObjectProperty<GraphPicture> pictureProperty() {
        return picture.getReadOnlyProperty();
    }

    /** The impact headline, what is being drawn, or how to get a picture. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty drawingProperty() {
        return drawing.getReadOnlyProperty();
    }

    /** 1 is the diagram's own size; between {@link #MIN_ZOOM} and {@link #MAX_ZOOM}. */
    public ReadOnlyDoubleProperty zoomProperty() {
        return zoom.getReadOnlyProperty();
    }

    /** Whether the picture should be drawn in the dark theme's colours. */
    public BooleanBinding darkBinding() {
        return dark;
    }
}
