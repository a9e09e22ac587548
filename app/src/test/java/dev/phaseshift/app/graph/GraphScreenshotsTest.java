package dev.phaseshift.app.graph;

import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.settings.ColorScheme;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.SyntheticEstate;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.Consumer;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the Graph tab headless — overview, a service and a neighbourhood, on the demo estate and on the
 * synthetic 3,000-table estate — into {@code target/screenshots/graph-*.png} (with {@code -Dphaseshift.updateDocImages=true}: {@code docs/images/}, which the README shows).
 */
class GraphScreenshotsTest {
    /** {@code target/screenshots/}, or with {@code -Dphaseshift.updateDocImages=true} the pictures the README shows. */
    private static final Path IMAGES = Boolean.getBoolean("phaseshift.updateDocImages")
            ? Path.of("..", "docs", "images") : Path.of("target", "screenshots");
    private static Stage stage;

    @BeforeAll
    static void start() throws Exception {
        stage = HeadlessToolkit.start();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void theDemoEstate() throws Exception {
        EstateGraph demo = EstateGraph.of(DemoEstate.load());
        shoot(demo, GraphViewModel::showOverview, "graph-demo-overview.png");
        shoot(demo, vm -> vm.showService("service:orders"), "graph-demo-service.png");
        shoot(demo, vm -> vm.focus("column:orders.public.orders.total"), "graph-demo-neighbourhood.png");
    }

    @Test
    void theSyntheticEstateOf3000Tables() throws Exception {
        EstateGraph big = EstateGraph.of(SyntheticEstate.generate(18, 3000, 42));
        shoot(big, GraphViewModel::showOverview, "graph-3000-overview.png");
        shoot(big, vm -> {
            vm.showService("service:svc03");
            vm.search("iteme6xs");
        }, "graph-3000-service.png");
        shoot(big, vm -> vm.focus("column:svc03.public.iteme6xs.id"), "graph-3000-neighbourhood.png");
    }

    private static void shoot(EstateGraph graph, Consumer<GraphViewModel> show, String file) throws Exception {
        GraphViewModel viewModel = new GraphViewModel(new InlineTaskRunner(), new SimpleObjectProperty<>(graph),
                new SimpleObjectProperty<>(ColorScheme.LIGHT));
        FxToolkit.setupStage(s -> {
            GraphView view = new GraphView(viewModel, (owner, extension, suggested) -> java.util.Optional.empty());
            s.setScene(StyledScene.of(view, 1400, 860));
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.asyncFx(() -> show.accept(viewModel)).get();
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(viewModel.pictureProperty().get()).as(file).isNotNull();
        WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> stage.getScene().getRoot().snapshot(null, null)));
        Files.createDirectories(IMAGES);
        Path out = IMAGES.resolve(file);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", out.toFile());
        assertThat(out).isNotEmptyFile();
    }
}
