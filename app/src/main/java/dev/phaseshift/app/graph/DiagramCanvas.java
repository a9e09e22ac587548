package dev.phaseshift.app.graph;

import dev.phaseshift.app.references.ReferenceLine;
import dev.phaseshift.graph.layout.Rect;
import dev.phaseshift.graph.layout.Route;
import javafx.animation.PauseTransition;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.MenuItem;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.scene.input.ScrollEvent;
import javafx.scene.input.ZoomEvent;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.util.Duration;

import java.util.Map;
import java.util.Optional;

/**
 * The diagram in a viewport-sized canvas: drag or scroll to pan, Ctrl+wheel or pinch to zoom at the pointer,
 * arrow keys pan, plus and minus zoom, F fits. Click selects, double-click opens a service or a table's columns,
 * the context menu of a proposed reference accepts or rejects it. Redraws at most once per pulse, from the tiles of
 * {@link TilesOnCanvas}, with the selection's rings drawn over them.
 */
final class DiagramCanvas extends Region {
    private static final double KEY_STEP = 80;
    private final GraphViewModel viewModel;
    private final Canvas canvas = new Canvas();
    /**
     * An opaque rectangle under the canvas. JavaFX starts drawing a frame at the topmost opaque node that covers
     * what changed; without it that was the split pane and the window, whose backgrounds the software renderer
     * stretches from cached images, which cost most of a frame. (A region's colour fill is drawn that way too.)
     */
    private final Rectangle ground = new Rectangle();
    private final SceneOnCanvas painter = new SceneOnCanvas();
    private final Tooltip tooltip = new Tooltip();
    private final ContextMenu menu = new ContextMenu();
    /** How long a zoom must rest before the picture is drawn sharp at it again. */
    private static final Duration SETTLE = Duration.millis(150);
    private final TilesOnCanvas tiles = new TilesOnCanvas(painter);
    private final PauseTransition settle = new PauseTransition(SETTLE);
    private DiagramPalette palette;
    private long zoomedAt;
    private SceneIndex index;
    private final OncePerPulseCanvas repaint = new OncePerPulseCanvas(this, this::paint);
    private double pressX;
    private double pressY;
    private double lastX;
    private double lastY;
    private boolean dragged;

    DiagramCanvas(GraphViewModel viewModel) {
        this.viewModel = viewModel;
        canvas.setId("graphCanvas");
        getChildren().addAll(ground, canvas);
        setFocusTraversable(true);
        getStyleClass().add("graph-viewport");
        tooltip.setWrapText(true);
        tooltip.setMaxWidth(480);
        ViewportState v = viewModel.viewport();
        palette = new DiagramPalette(viewModel.darkBinding().get());
        ground.setFill(painter.colour(palette.around()));
        viewModel.pictureProperty().addListener((obs, old, now) -> {
            index = now == null ? null : new SceneIndex(now.scene());
            restartTiles();
        });
        v.onChange(this::invalidate);
        v.zoom().addListener((obs, old, now) -> zoomedAt = System.nanoTime());
        settle.setOnFinished(e -> invalidate());
        viewModel.selectionProperty().addListener((obs, old, now) -> invalidate());
        viewModel.searchHitProperty().addListener((obs, old, now) -> invalidate());
        viewModel.darkBinding().addListener((obs, old, now) -> {
            palette = new DiagramPalette(now);
            ground.setFill(painter.colour(palette.around()));
            restartTiles();
        });
        if (viewModel.pictureProperty().get() != null) {
            index = new SceneIndex(viewModel.pictureProperty().get().scene());
            restartTiles();
        }

        setOnMousePressed(this::pressed);
        setOnMouseDragged(e -> {
            if (e.getButton() == MouseButton.PRIMARY) {
                dragged |= Math.abs(e.getX() - pressX) + Math.abs(e.getY() - pressY) > 3;
                v.panBy(e.getX() - lastX, e.getY() - lastY);
                lastX = e.getX();
                lastY = e.getY();
            }
        });
        setOnMouseClicked(this::clicked);
        setOnMouseMoved(this::hover);
        setOnMouseExited(e -> tooltip.hide());
        addEventHandler(ScrollEvent.SCROLL, e -> {
            if (e.isShortcutDown()) {
                v.zoomAt(Math.pow(1.0015, e.getDeltaY()), e.getX(), e.getY());
            } else {
                v.panBy(e.getDeltaX(), e.getDeltaY());
            }
            e.consume();
        });
        addEventHandler(ZoomEvent.ZOOM, e -> {
            v.zoomAt(e.getZoomFactor(), e.getX(), e.getY());
            e.consume();
        });
        setOnKeyPressed(e -> {
            KeyCode k = e.getCode();
            if (e.isShortcutDown()) {
                return;
            }
            switch (k) {
                case LEFT -> v.panBy(KEY_STEP, 0);
                case RIGHT -> v.panBy(-KEY_STEP, 0);
                case UP -> v.panBy(0, KEY_STEP);
                case DOWN -> v.panBy(0, -KEY_STEP);
                case PLUS, ADD, EQUALS -> v.zoomAt(1.25, getWidth() / 2, getHeight() / 2);
                case MINUS, SUBTRACT -> v.zoomAt(1 / 1.25, getWidth() / 2, getHeight() / 2);
                case F -> viewModel.fit();
                default -> {
                    return;
                }
            }
            e.consume();
        });
    }

    private void invalidate() {
        repaint.request();
    }

    private void restartTiles() {
        tiles.reset(index, palette);
        invalidate();
    }

    @Override
    protected void layoutChildren() {
        double w = getWidth();
        double h = getHeight();
        if (canvas.getWidth() != w || canvas.getHeight() != h) {
            canvas.setWidth(w);
            canvas.setHeight(h);
            ground.setWidth(w);
            ground.setHeight(h);
            repaint.request();
        }
        viewModel.viewport().resize(w, h);
        repaint.runIfAsked();
    }

    /**
     * Draws one frame now, from the tiles: sharp at a settled zoom, drawing the tiles that came into view and one
     * ahead of a pan; scaled while a zoom gesture runs, sharp again {@link #SETTLE} after it stops.
     */
    void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        ViewportState v = viewModel.viewport();
        double w = canvas.getWidth();
        double h = canvas.getHeight();
        if (index == null) {
            g.clearRect(0, 0, w, h);
            return;
        }
        painter.clear(g, palette, w, h);
        double z = v.zoom().get();
        boolean settled = System.nanoTime() - zoomedAt >= SETTLE.toMillis() * 1e6;
        if (tiles.isEmpty() || z == tiles.zoom() || settled) {
            if (tiles.drawSharp(g, z, v.offsetX().get(), v.offsetY().get(), w, h)) {
                invalidate();
            }
        } else {
            tiles.drawScaled(g, z, v.offsetX().get(), v.offsetY().get(), w, h);
            settle.playFromStart();
        }
        outline(g);
    }

    /** Rings the selection (amber), what its change reaches (red) and the search hit (blue), over the drawing. */
    private void outline(GraphicsContext g) {
        GraphPicture p = viewModel.pictureProperty().get();
        ImpactHighlight selection = viewModel.selectionProperty().get();
        ViewportState v = viewModel.viewport();
        g.setTransform(v.zoom().get(), 0, 0, v.zoom().get(), v.offsetX().get(), v.offsetY().get());
        double width = Math.max(2.5, 2.5 / v.zoom().get());
        Map<String, Rect> boxes = p.layout().boxes();
        if (selection != null) {
            g.setStroke(painter.colour(palette.colour("#dc2626")));
            g.setLineWidth(width);
            for (String id : selection.boxes()) {
                ring(g, boxes.get(id), width);
            }
            g.setStroke(painter.colour(palette.colour("#b45309")));
            ring(g, boxes.get(selection.selected()), width);
        }
        String hit = viewModel.searchHitProperty().get();
        if (hit != null) {
            g.setStroke(painter.colour(palette.colour("#2563eb")));
            g.setLineWidth(width);
            ring(g, boxes.get(hit), 2 * width);
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    private static void ring(GraphicsContext g, Rect r, double gap) {
        if (r != null) {
            g.strokeRoundRect(r.x() - gap, r.y() - gap, r.width() + 2 * gap, r.height() + 2 * gap, 8, 8);
        }
    }

    private void pressed(MouseEvent e) {
        requestFocus();
        menu.hide();
        pressX = e.getX();
        pressY = e.getY();
        lastX = e.getX();
        lastY = e.getY();
        dragged = false;
    }

    private void clicked(MouseEvent e) {
        if (dragged) {
            return;
        }
        if (e.getButton() == MouseButton.SECONDARY) {
            contextMenu(e);
            return;
        }
        if (e.getButton() != MouseButton.PRIMARY) {
            return;
        }
        String box = boxAt(e.getX(), e.getY()).orElse(null);
        if (e.getClickCount() >= 2) {
            viewModel.activate(box);
        } else {
            viewModel.select(box);
        }
    }

    private void hover(MouseEvent e) {
        GraphPicture p = viewModel.pictureProperty().get();
        ViewportState v = viewModel.viewport();
        double z = v.zoom().get();
        Optional<String> text = p == null ? Optional.empty() : SceneHits.tooltipAt(p.scene(),
                (e.getX() - v.offsetX().get()) / z, (e.getY() - v.offsetY().get()) / z, 5 / z);
        if (text.isEmpty()) {
            tooltip.hide();
        } else if (!tooltip.isShowing() || !text.get().equals(tooltip.getText())) {
            tooltip.setText(text.get());
            tooltip.show(this, e.getScreenX() + 14, e.getScreenY() + 14);
        }
    }

    private void contextMenu(MouseEvent e) {
        menu.getItems().clear();
        routeAt(e.getX(), e.getY()).flatMap(r -> viewModel.proposalOf(r.link())).ifPresent(proposal -> {
            MenuItem accept = new MenuItem("Accept " + label(proposal));
            accept.setId("graphAcceptReference");
            accept.setOnAction(a -> viewModel.accept(proposal));
            MenuItem reject = new MenuItem("Reject " + label(proposal));
            reject.setId("graphRejectReference");
            reject.setOnAction(a -> viewModel.reject(proposal));
            menu.getItems().addAll(accept, reject);
        });
        boxAt(e.getX(), e.getY()).ifPresent(box -> {
            MenuItem around = new MenuItem("Show its neighbourhood");
            around.setOnAction(a -> viewModel.focus(box));
            MenuItem open = new MenuItem(viewModel.isExpanded(box) ? "Show key columns only" : "Open (columns or service)");
            open.setOnAction(a -> viewModel.activate(box));
            menu.getItems().addAll(around, open);
        });
        if (!menu.getItems().isEmpty()) {
            menu.show(this, e.getScreenX(), e.getScreenY());
        }
    }

    private static String label(ReferenceLine proposal) {
        return proposal.from() + " → " + proposal.to() + " (" + proposal.confidenceText() + ")";
    }

    /** The box under a viewport point. */
    Optional<String> boxAt(double x, double y) {
        GraphPicture p = viewModel.pictureProperty().get();
        if (p == null) {
            return Optional.empty();
        }
        ViewportState v = viewModel.viewport();
        double sx = (x - v.offsetX().get()) / v.zoom().get();
        double sy = (y - v.offsetY().get()) / v.zoom().get();
        return p.layout().boxes().entrySet().stream().filter(en -> contains(en.getValue(), sx, sy))
                .map(Map.Entry::getKey).findFirst();
    }

    private Optional<Route> routeAt(double x, double y) {
        GraphPicture p = viewModel.pictureProperty().get();
        if (p == null) {
            return Optional.empty();
        }
        ViewportState v = viewModel.viewport();
        double z = v.zoom().get();
        double sx = (x - v.offsetX().get()) / z;
        double sy = (y - v.offsetY().get()) / z;
        return p.layout().routes().stream().filter(r -> SceneHits.near(r.points(), sx, sy, 6 / z)).findFirst();
    }

    private static boolean contains(Rect r, double x, double y) {
        return x >= r.x() && x <= r.x() + r.width() && y >= r.y() && y <= r.y() + r.height();
    }
}
