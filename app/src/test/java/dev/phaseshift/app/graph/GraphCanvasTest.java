package dev.phaseshift.app.graph;

import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.graph.EstateGraph;
import javafx.beans.property.SimpleObjectProperty;
import javafx.scene.canvas.Canvas;
import javafx.scene.image.PixelReader;
import javafx.scene.image.WritableImage;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.Optional;
import java.util.concurrent.Callable;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Graph tab draws its picture from tiles, and scales them while a zoom runs: after a pan, and once a zoom has
 * settled, what the canvas shows must be what drawing the scene as vectors at that zoom and place shows, not a
 * blurred, shifted or seamed copy.
 */
class GraphCanvasTest {
    @Test
    void afterPansAndAZoomThatSettledTheCanvasShowsTheSceneAsSharpAsVectorsDrawnThere() throws Exception {
        HeadlessToolkit.start();
        try {
            panZoomAndCompare();
        } finally {
            FxToolkit.cleanupStages();
        }
    }

    private static void panZoomAndCompare() throws Exception {
        GraphViewModel viewModel = new GraphViewModel(new InlineTaskRunner(),
                new SimpleObjectProperty<>(EstateGraph.of(DemoEstate.load())),
                new SimpleObjectProperty<>(ColorScheme.LIGHT));
        GraphView view = fx(() -> new GraphView(viewModel, (owner, extension, suggested) -> Optional.empty()));
        FxToolkit.setupStage(s -> {
            s.setScene(StyledScene.of(view, 1400, 860));
            s.show();
        });
        fx(() -> {
            viewModel.showService("service:orders");
            return null;
        });
        WaitForAsyncUtils.waitForFxEvents();
        ViewportState v = viewModel.viewport();
        double fitted = v.zoom().get();
        for (int i = 0; i < 12; i++) {
            fx(() -> {
                v.panBy(-41, -17);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        for (int i = 0; i < 6; i++) {
            fx(() -> {
                v.zoomAt(1.09, 420, 260);
                return null;
            });
            WaitForAsyncUtils.waitForFxEvents();
        }
        // whole pixels, so that the vectors below fall on the same pixel grid as the tiles
        fx(() -> {
            v.panBy(Math.round(v.offsetX().get()) - v.offsetX().get(), Math.round(v.offsetY().get()) - v.offsetY().get());
            return null;
        });
        Thread.sleep(600);
        WaitForAsyncUtils.waitForFxEvents();
        Thread.sleep(200);
        WaitForAsyncUtils.waitForFxEvents();

        Canvas canvas = (Canvas) view.lookup("#graphCanvas");
        WritableImage shown = fx(() -> canvas.snapshot(null, null));
        WritableImage vectors = fx(() -> {
            Canvas fresh = new Canvas(canvas.getWidth(), canvas.getHeight());
            new SceneOnCanvas().draw(fresh.getGraphicsContext2D(),
                    new SceneIndex(viewModel.pictureProperty().get().scene()), new DiagramPalette(false),
                    v.zoom().get(), v.offsetX().get(), v.offsetY().get(), fresh.getWidth(), fresh.getHeight());
            return fresh.snapshot(null, null);
        });

        assertThat(v.zoom().get()).as("zoomed in").isGreaterThan(1.5 * fitted);
        assertThat(differingPixels(shown, vectors)).as("pixels that differ from the vector drawing")
                .isLessThan((int) (shown.getWidth() * shown.getHeight() / 1000));
    }

    /** Pixels whose colour differs by more than a faint anti-aliasing difference in any channel. */
    private static int differingPixels(WritableImage a, WritableImage b) {
        assertThat(a.getWidth()).isEqualTo(b.getWidth());
        assertThat(a.getHeight()).isEqualTo(b.getHeight());
        PixelReader ra = a.getPixelReader();
        PixelReader rb = b.getPixelReader();
        int differing = 0;
        for (int y = 0; y < (int) a.getHeight(); y++) {
            for (int x = 0; x < (int) a.getWidth(); x++) {
                int p = ra.getArgb(x, y);
                int q = rb.getArgb(x, y);
                for (int shift = 0; shift < 32; shift += 8) {
                    if (Math.abs((p >> shift & 0xff) - (q >> shift & 0xff)) > 24) {
                        differing++;
                        break;
                    }
                }
            }
        }
        return differing;
    }

    private static <T> T fx(Callable<T> work) throws Exception {
        return WaitForAsyncUtils.asyncFx(work).get();
    }
}
