package dev.phaseshift.app.graph;

import javafx.scene.SnapshotParameters;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.image.Image;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The scene drawn at one zoom as square images ("tiles") of {@link #SIZE} pixels, so that a frame blits a handful of
 * images instead of rasterising thousands of shapes and labels: with the software renderer that is what makes
 * panning smooth. A tile is drawn as vectors at its zoom once and kept (the least recently used dropped first); a
 * pan draws only the tiles that come into view, and between frames the ring around the viewport is drawn ahead, one
 * tile per frame. While a zoom gesture runs the tiles of the last settled zoom are drawn scaled, over a small picture
 * of the whole scene where they do not reach; once the gesture settles they are drawn again, sharp, at the new zoom.
 */
final class TilesOnCanvas {
    /** Tile edge in pixels: small enough that drawing one ahead fits in a frame, large enough to blit few. */
    static final int SIZE = 256;
    /** The whole-scene stand-in is at most this many pixels wide or high. */
    private static final int OUTLINE_MAX = 2048;
    private static final int CAPACITY = 160;
    /** How long a frame may spend drawing tiles after a zoom settles; the rest follow in the next frames. */
    private static final long BUDGET_NANOS = 8_000_000;
    private final SceneOnCanvas painter;
    private final Canvas scratch = new Canvas(SIZE, SIZE);
    private final SnapshotParameters params = new SnapshotParameters();
    private Map<Long, Image> tiles = recentlyUsed();
    /** The tiles of the zoom before, drawn scaled where the new zoom's are not drawn yet. */
    private Map<Long, Image> previous;
    private double previousZoom;
    private SceneIndex index;
    private DiagramPalette palette;
    private double zoom = Double.NaN;
    private Image outline;
    private double outlineZoom;

    TilesOnCanvas(SceneOnCanvas painter) {
        this.painter = painter;
        params.setFill(Color.TRANSPARENT);
    }

    private static Map<Long, Image> recentlyUsed() {
        return new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<Long, Image> eldest) {
                return size() > CAPACITY;
            }
        };
    }

    /** Forgets every tile: the scene or its colours changed. */
    void reset(SceneIndex newIndex, DiagramPalette newPalette) {
        index = newIndex;
        palette = newPalette;
        tiles.clear();
        previous = null;
        zoom = Double.NaN;
        outline = null;
    }

    boolean isEmpty() {
        return tiles.isEmpty();
    }

    /** The zoom the kept tiles were drawn at (NaN when there are none). */
    double zoom() {
        return zoom;
    }

    /**
     * Draws the viewport of {@code width} x {@code height} at that zoom and offset, sharp. Missing tiles are drawn
     * now, all of them for a new scene; after a zoom as many as {@link #BUDGET_NANOS} allows, the rest of the
     * viewport showing the tiles of the zoom before, scaled, until later frames have drawn them. Returns whether
     * more remains to be drawn (tiles in view, or the ring around it).
     */
    boolean drawSharp(GraphicsContext g, double atZoom, double offsetX, double offsetY, double width, double height) {
        if (atZoom != zoom) {
            if (!tiles.isEmpty()) {
                previous = tiles;
                previousZoom = zoom;
                tiles = recentlyUsed();
            }
            zoom = atZoom;
        }
        int ox = (int) Math.round(offsetX);
        int oy = (int) Math.round(offsetY);
        int c0 = Math.floorDiv(-ox, SIZE);
        int r0 = Math.floorDiv(-oy, SIZE);
        int c1 = Math.floorDiv((int) Math.ceil(width) - ox - 1, SIZE);
        int r1 = Math.floorDiv((int) Math.ceil(height) - oy - 1, SIZE);
        long start = System.nanoTime();
        boolean complete = true;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                if (!tiles.containsKey(key(c, r)) && overlapsScene(c, r)) {
                    if (previous == null || System.nanoTime() - start < BUDGET_NANOS) {
                        tile(c, r);
                    } else {
                        complete = false;
                    }
                }
            }
        }
        if (!complete) {
            drawScaled(g, previous, previousZoom, atZoom, offsetX, offsetY, width, height);
        }
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Image tile = tiles.get(key(c, r));
                if (tile != null) {
                    g.drawImage(tile, (double) c * SIZE + ox, (double) r * SIZE + oy);
                }
            }
        }
        if (!complete) {
            return true;
        }
        previous = null;
        return drawAhead(c0 - 1, r0 - 1, c1 + 1, r1 + 1);
    }

    /**
     * Draws the viewport at a zoom the tiles were not drawn at, from the tiles there are, scaled, and the whole-scene
     * stand-in where they leave gaps. Draws nothing new except that stand-in, once per scene.
     */
    void drawScaled(GraphicsContext g, double atZoom, double offsetX, double offsetY, double width, double height) {
        drawScaled(g, tiles, zoom, atZoom, offsetX, offsetY, width, height);
    }

    private void drawScaled(GraphicsContext g, Map<Long, Image> from, double fromZoom, double atZoom, double offsetX,
                            double offsetY, double width, double height) {
        double s = atZoom / fromZoom;
        int c0 = (int) Math.floor(-offsetX / s / SIZE);
        int r0 = (int) Math.floor(-offsetY / s / SIZE);
        int c1 = (int) Math.floor((width - offsetX) / s / SIZE);
        int r1 = (int) Math.floor((height - offsetY) / s / SIZE);
        boolean gaps = false;
        for (int r = r0; r <= r1 && !gaps; r++) {
            for (int c = c0; c <= c1 && !gaps; c++) {
                gaps = !from.containsKey(key(c, r)) && overlapsScene(c, r, fromZoom);
            }
        }
        if (gaps) {
            Image whole = outline();
            double k = atZoom / outlineZoom;
            g.drawImage(whole, offsetX, offsetY, whole.getWidth() * k, whole.getHeight() * k);
        }
        double edge = SIZE * s;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                Image tile = from.get(key(c, r));
                if (tile != null) {
                    // half a pixel wider than the edge so that rounding leaves no seam between neighbours
                    g.drawImage(tile, c * edge + offsetX, r * edge + offsetY, edge + 0.5, edge + 0.5);
                }
            }
        }
    }

    /** Draws one missing tile of the ring from column {@code c0} to {@code c1}; whether any are still missing. */
    private boolean drawAhead(int c0, int r0, int c1, int r1) {
        boolean drew = false;
        for (int r = r0; r <= r1; r++) {
            for (int c = c0; c <= c1; c++) {
                boolean edge = r == r0 || r == r1 || c == c0 || c == c1;
                if (edge && !tiles.containsKey(key(c, r)) && overlapsScene(c, r)) {
                    if (drew) {
                        return true;
                    }
                    tile(c, r);
                    drew = true;
                }
            }
        }
        return false;
    }

    /** Draws tile ({@code c}, {@code r}) of the current zoom and keeps it. */
    private void tile(int c, int r) {
        GraphicsContext g = scratch.getGraphicsContext2D();
        painter.draw(g, index, palette, zoom, -(double) c * SIZE, -(double) r * SIZE, SIZE, SIZE);
        tiles.put(key(c, r), scratch.snapshot(params, new WritableImage(SIZE, SIZE)));
    }

    private boolean overlapsScene(int c, int r) {
        return overlapsScene(c, r, zoom);
    }

    /** Whether tile ({@code c}, {@code r}) of that zoom shows any of the scene. */
    private boolean overlapsScene(int c, int r, double atZoom) {
        double x0 = (double) c * SIZE / atZoom;
        double y0 = (double) r * SIZE / atZoom;
        return x0 < index.width() && y0 < index.height() && x0 + SIZE / atZoom > 0 && y0 + SIZE / atZoom > 0;
    }

    /** The whole scene in small, for the gaps a zoom gesture opens; drawn the first time a gap shows. */
    private Image outline() {
        if (outline == null) {
            outlineZoom = Math.min(1, OUTLINE_MAX / Math.max(index.width(), index.height()));
            int w = (int) Math.ceil(index.width() * outlineZoom);
            int h = (int) Math.ceil(index.height() * outlineZoom);
            Canvas whole = new Canvas(w, h);
            painter.draw(whole.getGraphicsContext2D(), index, palette, outlineZoom, 0, 0, w, h);
            outline = whole.snapshot(params, new WritableImage(w, h));
        }
        return outline;
    }

    private static Long key(int c, int r) {
        return ((long) c << 32) | (r & 0xffffffffL);
    }
}
