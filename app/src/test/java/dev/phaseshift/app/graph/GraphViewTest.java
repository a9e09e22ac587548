package dev.phaseshift.app.graph;

import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.inspector.ImpactLine;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WorkspaceTabKind;
import dev.phaseshift.app.task.FxTaskRunner;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.control.Button;
import javafx.scene.control.ListCell;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless, through the window: select a column in the estate tree, open its graph (Ctrl+G), see the consumer in
 * another service marked in the impact panel and ringed in the picture, and export what is shown as PNG and SVG.
 */
class GraphViewTest {
    @TempDir
    static Path dir;

    private static Stage stage;
    private static MainViewModel viewModel;
    private static FxTaskRunner tasks;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        stage = HeadlessToolkit.start();
        FxToolkit.setupStage(s -> {
            ExportChooser toTempDir = (owner, extension, suggested) -> Optional.of(dir.resolve("shown." + extension));
            DemoWindow window = DemoWindow.show(s, (view, model) -> view.registerTabContent(WorkspaceTabKind.GRAPH,
                    () -> new GraphView(model.graph(), toTempDir)));
            tasks = window.tasks();
            viewModel = window.viewModel();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.graphProperty().get() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNeighbourhoodOfAColumnShowsItsCrossServiceConsumerAndExportsAsPngAndSvg() throws Exception {
        TreeView<EstateItem> tree = (TreeView<EstateItem>) stage.getScene().lookup("#estateTree");
        robot.interact(() -> {
            viewModel.tree().select(viewModel.tree().find("orders/public/orders/total").orElseThrow());
            tree.requestFocus();
        });
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        GraphViewModel graph = viewModel.graph();
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> graph.pictureProperty().get() != null
                && robot.lookup("#graphImpactList .list-cell").queryAll().size() > 1);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(graph.modeProperty().get()).isEqualTo(GraphMode.NEIGHBOURHOOD);
        assertThat(graph.focusIdProperty().get()).isEqualTo("column:orders.public.orders.total");
        ListCell<ImpactLine> billing = robot.lookup("#graphImpactList .list-cell").queryAll().stream()
                .map(n -> (ListCell<ImpactLine>) n)
                .filter(c -> c.getItem() != null && c.getItem().object().equals("billing v1"))
                .findFirst().orElseThrow();
        assertThat(billing.getStyleClass()).contains(ImpactView.CROSS_SERVICE);
        assertThat(billing.getItem().explanation()).isEqualTo("billing v1 reads orders.public.orders.total via replica");
        assertThat(graph.selectionProperty().get().boxes()).contains("consumer:billing@v1");
        assertThat(robot.lookup("#graphImpactHeadline").queryLabeled().getText())
                .isEqualTo("changing orders.public.orders.total reaches 4 objects in 2 services");

        robot.clickOn(robot.lookup("#graphExportPng").queryAs(Button.class));
        robot.clickOn(robot.lookup("#graphExportSvg").queryAs(Button.class));
        Path png = dir.resolve("shown.png");
        Path svg = dir.resolve("shown.svg");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> Files.isRegularFile(svg) && Files.size(svg) > 0
                && Files.isRegularFile(png) && Files.size(png) > 0
                && graph.messageProperty().get().startsWith("Exported"));

        BufferedImage image = ImageIO.read(png.toFile());
        assertThat(image).isNotNull();
        assertThat(image.getWidth()).isEqualTo((int) Math.ceil(graph.pictureProperty().get().scene().width() * 2));
        assertThat(Files.readString(svg)).contains("<svg").contains("billing v1").contains("total");

        WritableImage shot = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                () -> stage.getScene().getRoot().snapshot(null, null)));
        Files.createDirectories(Path.of("target", "screenshots"));
        ImageIO.write(SwingFXUtils.fromFXImage(shot, null), "png",
                Path.of("target", "screenshots", "graph-neighbourhood-window.png").toFile());
    }
}
