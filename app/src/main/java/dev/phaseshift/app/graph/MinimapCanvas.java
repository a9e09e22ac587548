package dev.phaseshift.app.graph;

import dev.phaseshift.graph.layout.Rect;
import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.input.MouseEvent;
import javafx.scene.paint.Color;

/**
 * The whole picture in small, frames and boxes only, with the viewport as a rectangle; click or drag to look
 * elsewhere. The map is an image made once per picture; a pan or zoom only moves the rectangle, once per pulse.
 */
final class MinimapCanvas extends Canvas {
    static final double WIDTH = 220;
    static final double HEIGHT = 150;
    private static final Color VIEWPORT = Color.web("#dc2626");
    private final GraphViewModel viewModel;
    private final OncePerPulseCanvas repaint = new OncePerPulseCanvas(this, this::draw);
    private Image map;

    MinimapCanvas(GraphViewModel viewModel) {
        super(WIDTH, HEIGHT);
        this.viewModel = viewModel;
        setId("graphMinimap");
        ViewportState v = viewModel.viewport();
        viewModel.pictureProperty().addListener((obs, old, now) -> redrawMap());
        v.onChange(repaint::request);
        viewModel.darkBinding().addListener((obs, old, now) -> redrawMap());
        setOnMousePressed(this::moveTo);
        setOnMouseDragged(this::moveTo);
        visibleProperty().bind(viewModel.pictureProperty().isNotNull());
    }

    private void redrawMap() {
        map = null;
        repaint.request();
    }

    private double scale(GraphPicture p) {
        return Math.min(WIDTH / p.scene().width(), HEIGHT / p.scene().height());
    }

    private void moveTo(MouseEvent e) {
        GraphPicture p = viewModel.pictureProperty().get();
        if (p != null) {
            double s = scale(p);
            viewModel.viewport().centreOn(e.getX() / s, e.getY() / s, viewModel.zoomProperty().get(),
                    p.scene().width(), p.scene().height());
            e.consume();
        }
    }

    /** The viewport's rectangle over the map, which is drawn once per picture and theme. */
    private void draw() {
        GraphicsContext g = getGraphicsContext2D();
        g.clearRect(0, 0, WIDTH, HEIGHT);
        GraphPicture p = viewModel.pictureProperty().get();
        if (p == null) {
            return;
        }
        boolean dark = viewModel.darkBinding().get();
        if (map == null) {
            map = map(p, dark);
        }
        g.drawImage(map, 0, 0);
        double s = scale(p);
        ViewportState v = viewModel.viewport();
        double z = v.zoom().get();
        g.setStroke(VIEWPORT);
        g.setLineWidth(1.5);
        double w = p.scene().width() * s;
        double h = p.scene().height() * s;
        double x0 = Math.max(0, -v.offsetX().get() / z * s);
        double y0 = Math.max(0, -v.offsetY().get() / z * s);
        double x1 = Math.min(w, (v.width() - v.offsetX().get()) / z * s);
        double y1 = Math.min(h, (v.height() - v.offsetY().get()) / z * s);
        if (x1 > x0 && y1 > y0) {
            g.strokeRect(x0, y0, x1 - x0, y1 - y0);
        }
    }

    /** Frames and boxes of the picture in small, as an image: hundreds of boxes are too many to fill each frame. */
    private Image map(GraphPicture p, boolean dark) {
        Canvas paper = new Canvas(WIDTH, HEIGHT);
        GraphicsContext g = paper.getGraphicsContext2D();
        double s = scale(p);
        g.setFill(dark ? Color.web("#161b22", 0.92) : Color.web("#ffffff", 0.92));
        g.fillRect(0, 0, p.scene().width() * s, p.scene().height() * s);
        g.setFill(dark ? Color.web("#30363d") : Color.web("#e2e8f0"));
        for (Rect r : p.layout().clusters().values()) {
            g.fillRect(r.x() * s, r.y() * s, r.width() * s, r.height() * s);
        }
        g.setFill(dark ? Color.web("#8b949e") : Color.web("#64748b"));
        for (Rect r : p.layout().boxes().values()) {
            g.fillRect(r.x() * s, r.y() * s, Math.max(1, r.width() * s), Math.max(1, r.height() * s));
        }
        g.setStroke(dark ? Color.web("#30363d") : Color.web("#94a3b8"));
        g.setLineWidth(1);
        g.strokeRect(0.5, 0.5, p.scene().width() * s - 1, p.scene().height() * s - 1);
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.TRANSPARENT);
        return paper.snapshot(params, null);
    }
}
