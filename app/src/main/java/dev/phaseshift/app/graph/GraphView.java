package dev.phaseshift.app.graph;

import atlantafx.base.theme.Styles;
import javafx.beans.binding.Bindings;
import javafx.geometry.Orientation;
import javafx.geometry.Point2D;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.Separator;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.Spinner;
import javafx.scene.control.SpinnerValueFactory;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Background;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Window;
import org.kordamp.ikonli.javafx.FontIcon;
import org.kordamp.ikonli.material2.Material2AL;
import org.kordamp.ikonli.material2.Material2MZ;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The Graph tab: a toolbar (overview, service, focus, search, depth, zoom, export), the legend with a toggle per
 * edge kind, the diagram in a pannable, zoomable viewport with a minimap, and the impact of the selection beside
 * it. Ctrl+wheel or pinch zooms, Ctrl+0 resets the zoom, Ctrl+plus and Ctrl+minus step it, F fits. The context
 * menu of a table or column also offers what {@link #addNodeMenuItems} adds (the pattern wizards).
 */
public final class GraphView extends BorderPane {
    private static final KeyCombination RESET = new KeyCodeCombination(KeyCode.DIGIT0, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination RESET_NUMPAD = new KeyCodeCombination(KeyCode.NUMPAD0,
            KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IN = new KeyCodeCombination(KeyCode.EQUALS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination IN_PLUS = new KeyCodeCombination(KeyCode.PLUS, KeyCombination.SHORTCUT_DOWN);
    private static final KeyCombination OUT = new KeyCodeCombination(KeyCode.MINUS, KeyCombination.SHORTCUT_DOWN);

    private final GraphViewModel viewModel;
    private final DiagramCanvas viewport;
    private final List<MenuItem> nodeMenuItems = new ArrayList<>();

    public GraphView(GraphViewModel viewModel) {
        this(viewModel, ExportChooser.dialog());
    }

    public GraphView(GraphViewModel viewModel, ExportChooser exports) {
        this.viewModel = viewModel;
        this.viewport = new DiagramCanvas(viewModel);
        setId("graphView");
        getStyleClass().add("graph-view");

        Button overview = new Button("Overview", new FontIcon(Material2AL.DASHBOARD));
        overview.setId("graphOverview");
        overview.setTooltip(new Tooltip("Every service, with the dependencies between them counted per kind"));
        overview.setOnAction(e -> viewModel.showOverview());
        Button service = new Button("Service", new FontIcon(Material2MZ.STORAGE));
        service.setId("graphServiceButton");
        service.setTooltip(new Tooltip("The tables of the service of what is in focus, framed by schema"));
        service.setOnAction(e -> viewModel.showServiceOfFocus());
        service.disableProperty().bind(viewModel.focusIdProperty().isNull());

        Label focus = new Label();
        focus.setId("graphFocus");
        focus.getStyleClass().addAll("code", Styles.TEXT_BOLD);
        focus.textProperty().bind(Bindings.createStringBinding(() -> viewModel.focusLabelProperty().get().isEmpty()
                ? "Nothing in focus" : viewModel.focusLabelProperty().get(), viewModel.focusLabelProperty()));

        TextField search = new TextField();
        search.setId("graphSearch");
        search.setPromptText("Find in graph");
        search.setPrefColumnCount(12);
        search.setOnAction(e -> viewModel.search(search.getText()));

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
        depth.disableProperty().bind(viewModel.modeProperty().isNotEqualTo(GraphMode.NEIGHBOURHOOD));

        Button out = iconButton(Material2MZ.ZOOM_OUT, "Zoom out (Ctrl+minus)", viewModel::zoomOut);
        Button in = iconButton(Material2MZ.ZOOM_IN, "Zoom in (Ctrl+plus, Ctrl+wheel)", viewModel::zoomIn);
        Label zoom = new Label();
        zoom.setId("graphZoom");
        zoom.setMinWidth(44);
        zoom.setAlignment(Pos.CENTER);
        zoom.textProperty().bind(Bindings.createStringBinding(() -> String.format(Locale.ROOT, "%.0f %%",
                viewModel.zoomProperty().get() * 100), viewModel.zoomProperty()));
        Button actual = iconButton(Material2AL.CROP_FREE, "Actual size (Ctrl+0)", viewModel::resetZoom);
        Button fit = iconButton(Material2MZ.SETTINGS_OVERSCAN, "Fit to the tab (F)", viewModel::fit);
        Button png = iconButton(Material2AL.IMAGE, "Export what is shown as PNG", () -> export(exports, "png"));
        png.setId("graphExportPng");
        Button svg = iconButton(Material2AL.INSERT_DRIVE_FILE, "Export what is shown as SVG",
                () -> export(exports, "svg"));
        svg.setId("graphExportSvg");
        for (Button b : new Button[] {out, in, actual, fit, png, svg}) {
            b.disableProperty().bind(viewModel.pictureProperty().isNull());
        }

        ProgressIndicator busy = new ProgressIndicator();
        busy.setPrefSize(16, 16);
        busy.visibleProperty().bind(viewModel.drawingProperty());
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        overview.setMinWidth(Region.USE_PREF_SIZE);
        service.setMinWidth(Region.USE_PREF_SIZE);
        search.setMinWidth(Region.USE_PREF_SIZE);
        depthLabel.setMinWidth(Region.USE_PREF_SIZE);
        depth.setMinWidth(Region.USE_PREF_SIZE);
        HBox toolbar = new HBox(8, overview, service, focus, busy, spacer, search);
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox controls = new HBox(8, new KindTogglesView(viewModel), gap, depthLabel, depth,
                new Separator(Orientation.VERTICAL), out, zoom, in, actual, fit, new Separator(Orientation.VERTICAL),
                png, svg);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("graph-toolbar");
        toolbar.setAlignment(Pos.CENTER_LEFT);
        toolbar.getStyleClass().add("graph-toolbar");

        Label message = new Label();
        message.setId("graphMessage");
        message.getStyleClass().add("graph-message");
        message.setWrapText(true);
        message.textProperty().bind(viewModel.messageProperty());
        VBox top = new VBox(toolbar, controls, message);
        top.getStyleClass().add("graph-header");
        setTop(top);

        Label empty = new Label(GraphViewModel.NOTHING_FOCUSED, new FontIcon(Material2AL.ACCOUNT_TREE));
        empty.getStyleClass().add(Styles.TEXT_MUTED);
        empty.visibleProperty().bind(viewModel.pictureProperty().isNull().and(viewModel.drawingProperty().not()));
        viewport.visibleProperty().bind(viewModel.pictureProperty().isNotNull());
        MinimapCanvas minimap = new MinimapCanvas(viewModel);
        StackPane.setAlignment(minimap, Pos.BOTTOM_RIGHT);
        StackPane.setMargin(minimap, new javafx.geometry.Insets(8));
        StackPane centre = new StackPane(viewport, empty, minimap);
        centre.setMinSize(0, 0);
        // after the diagram has shown its own menu for the click (the event bubbles up from it)
        centre.addEventHandler(MouseEvent.MOUSE_CLICKED, this::extendNodeMenu);
        SplitPane split = new SplitPane(centre, new ImpactView(viewModel));
        split.setDividerPositions(0.76);
        // its themed background is two fills, which JavaFX draws from a cached image stretched under the diagram
        // on every frame of a pan or zoom: two thirds of a frame with the software renderer
        split.setBackground(Background.EMPTY);
        SplitPane.setResizableWithParent(split.getItems().get(1), false);
        setCenter(split);

        addEventFilter(javafx.scene.input.KeyEvent.KEY_PRESSED, e -> {
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
    }

    /**
     * Adds items to the context menu of a table or column in the diagram, below the diagram's own; they see what
     * the menu opened on in {@link GraphViewModel#pointedProperty()} and hide where they do not apply.
     */
    public void addNodeMenuItems(List<MenuItem> items) {
        nodeMenuItems.addAll(items);
    }

    private void extendNodeMenu(MouseEvent e) {
        if (e.getButton() != MouseButton.SECONDARY || nodeMenuItems.isEmpty()) {
            return;
        }
        Point2D at = viewport.sceneToLocal(e.getSceneX(), e.getSceneY());
        viewModel.pointAt(at.getX(), at.getY());
        Window.getWindows().stream()
                .filter(w -> w instanceof ContextMenu m && m.getOwnerNode() == viewport && m.isShowing())
                .map(w -> (ContextMenu) w).findFirst().ifPresent(menu -> {
                    if (nodeMenuItems.stream().anyMatch(MenuItem::isVisible)) {
                        menu.getItems().add(new SeparatorMenuItem());
                    }
                    menu.getItems().addAll(nodeMenuItems);
                });
    }

    private void export(ExportChooser exports, String extension) {
        String name = viewModel.focusLabelProperty().get().replaceAll("[^A-Za-z0-9._-]+", "-") + "." + extension;
        exports.choose(getScene() == null ? null : getScene().getWindow(), extension, name)
                .ifPresent(viewModel::export);
    }

    /** The viewport, for benchmarks that measure frames. */
    Region viewport() {
        return viewport;
    }

    private static Button iconButton(org.kordamp.ikonli.Ikon icon, String tooltip, Runnable action) {
        Button b = new Button(null, new FontIcon(icon));
        b.getStyleClass().addAll(Styles.BUTTON_ICON, Styles.FLAT);
        b.setTooltip(new Tooltip(tooltip));
        b.setOnAction(e -> action.run());
        return b;
    }
}
