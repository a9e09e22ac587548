package dev.phaseshift.app.editor;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.phaseshift.app.PhaseshiftApp;
import dev.phaseshift.app.fixtures.DemoEstateCopy;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Scene;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders the Plan editor tab on a plan the rename wizard made (orders.public.order_items.sku to item_sku, on the
 * bundled demo estate), in the light and the dark theme, into
 * {@code target/screenshots/}: the board with a selected step and its form, and the compatibility matrix with the
 * red cell of a deployment dragged too early and the deployment it blames selected. With
 * {@code -Dphaseshift.updateDocImages=true} they go to {@code docs/images/} instead, where the README shows them.
 */
class PlanEditorScreenshotsTest {
    private static final Path IMAGES = Boolean.getBoolean("phaseshift.updateDocImages")
            ? Path.of("..", "docs", "images") : Path.of("target", "screenshots");
    private static Stage stage;

    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        stage = HeadlessToolkit.start();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
        Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
    }

    @Test
    void theEditorInBothThemes() throws Exception {
        Path estate = DemoEstateCopy.into(dir.resolve("estate"));
        for (boolean dark : new boolean[] {false, true}) {
            String theme = dark ? "dark" : "light";
            MainViewModel main = new MainViewModel(new InlineTaskRunner(),
                    new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(),
                    new RecordingPlanFileDialogs(), new RecoveryStore(dir.resolve("recovery-" + theme)),
                    Clock.systemUTC());
            PlanEditorViewModel editor = main.planEditor();
            PlanEditorView[] view = new PlanEditorView[1];
            FxToolkit.setupStage(s -> {
                Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                main.openEstate(estate);
                EditorFixtures.renameSku(main);
                view[0] = new PlanEditorView(editor);
                view[0].pseudoClassStateChanged(PhaseshiftApp.DARK, dark);
                Scene scene = new Scene(view[0], 1500, 900);
                scene.getStylesheets().add(Objects.requireNonNull(PlanEditorScreenshotsTest.class
                        .getResource("/dev/phaseshift/app/phaseshift.css")).toExternalForm());
                s.setScene(scene);
                s.show();
            });
            String backfill = editor.planProperty().get().phases().get(1).steps().stream()
                    .filter(step -> step.operation().operationName().equals("backfill")).findFirst().orElseThrow()
                    .id();
            robot.interact(() -> editor.selectStep(backfill));
            WaitForAsyncUtils.waitForFxEvents();
            screenshot("plan-editor-" + theme + ".png");

            robot.interact(() -> {
                editor.moveDeployment(new DeploymentRef("switch", 0), "expand");
                view[0].showMatrix();
            });
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(stage.getScene().getRoot().lookupAll("#editorMatrix .matrix-breaks")).isNotEmpty();
            robot.interact(() -> editor.selectCell(editor.matrix().stream()
                    .flatMap(r -> r.marks().stream()).filter(m -> m.verdict().name().equals("BREAKS"))
                    .findFirst().orElseThrow()));
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(((TabPane) stage.getScene().lookup("#editorAnalysis")).getSelectionModel().getSelectedIndex())
                    .isEqualTo(2);
            screenshot("plan-editor-matrix-" + theme + ".png");
        }
    }

    private void screenshot(String name) throws Exception {
        WritableImage image = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)));
        Files.createDirectories(IMAGES);
        Path file = IMAGES.resolve(name);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }
}
