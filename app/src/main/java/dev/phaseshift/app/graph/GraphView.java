package dev.phaseshift.app.graph;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Separator;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.ScrollEvent;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.Locale;

/**
 * The Graph tab: a toolbar (focus, depth, zoom), the impact headline, and the diagram on a canvas in a scroll
 * pane. Ctrl+wheel zooms, Ctrl+0 resets the zoom, Ctrl+plus and Ctrl+minus step it.
 */
public final class GraphView extends BorderPane {
    private static final KeyCombination RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET_NUMPAD = new KeyCodeCombination(KeyCode.NUMPAD0,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);

    private final GraphViewModel viewModel;
    private final DiagramCanvas canvas = new DiagramCanvas();
    private final ScrollPane scroll;
    /** The focus whose picture was last scrolled into view; a new focus is revealed once, a redraw keeps the place. */
    private String revealedFocus;

    public GraphView(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        setId("graphView");
        getStyleClass().add("graph-view");

        Label focus = new Label();
        focus.setId("graphFocus");
        focus.getStyleClass().addAll("code", Styles.TEXT_BOLD);
        focus.textProperty().bind(Bindings.createStringBinding(() -> viewModel.focusLabelProperty().get().isEmpty()
                ? "Nothing in focus" : viewModel.focusLabelProperty().get(), viewModel.focusLabelProperty()));
        focus.setGraphic(new FontIcon(Material2AL.CENTER_FOCUS_STRONG));

        Label depthLabel = new Label("Depth");
        depthLabel.getStyleClass().add(Styles.TEXT_MUTED);
        Spinner<Integer> depth = new Spinner<>(new SpinnerValueFactory.IntegerSpinnerValueFactory(
                GraphViewModel.MIN_DEPTH, GraphViewModel.MAX_DEPTH, viewModel.depthProperty().get()));
        depth.setId("graphDepth");
        depth.setPrefWidth(78);
        depth.setTooltip(new Tooltip("How many dependencies away from the focus to show"));
        depth.valueProperty().addListener((obs, old, now) -> {
            if (now != null) {
                viewModel.setDepth(now);
            }
        });
        viewModel.depthProperty().addListener((obs, old, now) -> depth.getValueFactory().setValue(now.intValue()));
        depthLabel.setLabelFor(depth);

        Button out = iconButton(Material2MZ.ZOOM_OUT, "Zoom out (Ctrl+minus)", viewModel::zoomOut);
        Button in = iconButton(Material2MZ.ZOOM_IN, "Zoom in (Ctrl+plus, Ctrl+wheel)", viewModel::zoomIn);
        Label zoom = new Label();
        zoom.setId("graphZoom");
        zoom.setMinWidth(44);
        zoom.setAlignment(Pos.CENTER);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.0f %%",
                viewModel.zoomProperty().get() * 100), viewModel.zoomProperty()));
        Button actual = iconButton(Material2AL.CROP_FREE, "Actual size (Ctrl+0)", viewModel::resetZoom);
        Button fit = iconButton(Material2MZ.SETTINGS_OVERSCAN, "Fit to the tab", () -> viewModel.zoomToFit(
                scroll().getViewportBounds().getWidth() - 24, scroll().getViewportBounds().getHeight() - 24));
        for (Button b : new Button[] {out, in, actual, fit}) {
            b.disableProperty().bind(viewModel.pictureProperty().isNull());
        }

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.drawingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        HBox toolbar = new HBox(8, focus, busy, spacer, depthLabel, depth, new Separator(javafx.geometry.Orientation.VERTICAL),
                out, zoom, in, actual, fit);
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("graph-toolbar");

        Label message = new Label();
        message.setId("graphMessage");
        message.getStyleClass().add("graph-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox top = new VBox(toolbar, message);
        top.getStyleClass().add("graph-header");
        setTop(top);

        StackPane holder = new StackPane(canvas);
        holder.getStyleClass().add("graph-canvas-holder");
        holder.setAlignment(Pos.TOP_LEFT);
        scroll = new ScrollPane(holder);
        scroll.setId("graphScroll");
        scroll.getStyleClass().add("graph-scroll");
        scroll.setPannable(true);
        scroll.addEventFilter(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown() && e.getDeltaY() != 0) {
                viewModel.zoomBy(e.getDeltaY() > 0 ? 1.1 : 1 / 1.1);
                e.consume();
            }
        });
        Label empty = new Label(GraphViewModel.NOTHING_FOCUSED, new FontIcon(Material2AL.ACCOUNT_TREE));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(viewModel.pictureProperty().isNull().and(viewModel.drawingProperty().not()));
        scroll.visibleProperty().bind(viewModel.pictureProperty().isNotNull());
        setCenter(new StackPane(scroll, empty));

        setOnKeyPressed(e -> {
            if (RESET.match(e) || RESET_NUMPAD.match(e)) {
                viewModel.resetZoom();
            } else if (IN.match(e) || IN_PLUS.match(e)) {
                viewModel.zoomIn();
            } else if (OUT.match(e)) {
                viewModel.zoomOut();
            } else {
                return;
            }
            e.consume();
        });
        viewModel.pictureProperty().addListener((obs, old, now) -> {
            redraw();
            revealFocus();
        });
        scroll.viewportBoundsProperty().addListener((obs, old, now) -> revealFocus());
        viewModel.zoomProperty().addListener((obs, old, now) -> redraw());
        viewModel.darkBinding().addListener((obs, old, now) -> redraw());
        redraw();
    }

    private ScrollPane scroll() {
        return scroll;
    }

    /** Opens a new focus at a readable zoom, scrolled so its box is in the middle; once the viewport has a size. */
    private void revealFocus() {
        GraphPicture picture = viewModel.pictureProperty().get();
        String focus = viewModel.focusIdProperty().get();
        double width = scroll.getViewportBounds().getWidth();
        double height = scroll.getViewportBounds().getHeight();
        if (picture == null || focus == null || focus.equals(revealedFocus) || width <= 0 || height <= 0) {
            return;
        }
        revealedFocus = focus;
        viewModel.zoomForReading(width - 24, height - 24);
        if (picture.focus() == null) {
            return;
        }
        scroll.layout();
        double zoom = DiagramCanvas.usableZoom(picture.scene(), viewModel.zoomProperty().get());
        double contentWidth = scroll.getContent().getLayoutBounds().getWidth();
        double contentHeight = scroll.getContent().getLayoutBounds().getHeight();
        double x = 12 + (picture.focus().x() + picture.focus().width() / 2) * zoom;
        double y = 12 + (picture.focus().y() + picture.focus().height() / 2) * zoom;
        scroll.setHvalue(contentWidth <= width ? 0 : clamp((x - width / 2) / (contentWidth - width)));
        scroll.setVvalue(contentHeight <= height ? 0 : clamp((y - height / 2) / (contentHeight - height)));
    }

    private static double clamp(double value) {
        return Math.max(0, Math.min(1, value));
    }

    private void redraw() {
        GraphPicture picture = viewModel.pictureProperty().get();
        canvas.draw(picture == null ? null : picture.scene(), viewModel.zoomProperty().get(),
                new DiagramPalette(viewModel.darkBinding().get()));
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
