package dev.phaseshift.app.tools;

import atlantafx.base.theme.PrimerDark;
import atlantafx.base.theme.PrimerLight;
import dev.phaseshift.app.PhaseshiftApp;
import dev.phaseshift.app.dryrun.DryRunView;
import dev.phaseshift.app.dryrun.DryRunViewModel;
import dev.phaseshift.app.dryrun.ScratchChoice;
import dev.phaseshift.app.export.ExportView;
import dev.phaseshift.app.export.ExportViewModel;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.fixtures.ScratchServers;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.sqlpreview.SqlPreviewView;
import dev.phaseshift.app.sqlpreview.SqlPreviewViewModel;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.app.wizard.PatternKind;
import dev.phaseshift.app.wizard.PatternWizardView;
import dev.phaseshift.app.wizard.PatternWizardViewModel;
import dev.phaseshift.export.ExportTarget;
import dev.phaseshift.schema.Engine;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Parent;
import javafx.scene.control.TabPane;
import javafx.scene.image.WritableImage;
import javafx.scene.text.TextFlow;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Renders a pattern wizard, the SQL preview, the Export dialog and a dry-run's timeline headless, in the light and the dark theme,
 * into {@code target/screenshots/} (with {@code -Dphaseshift.updateDocImages=true}: {@code docs/images/}) for the README and the docs (and for people to look at after a change).
 */
class PlanToolsScreenshotsTest {
    /** {@code target/screenshots/}, or with {@code -Dphaseshift.updateDocImages=true} the pictures the docs show. */
    private static final Path IMAGES = Boolean.getBoolean("phaseshift.updateDocImages")
            ? Path.of("..", "docs", "images") : Path.of("target", "screenshots");
    private static Stage stage;
    private final FxRobot robot = new FxRobot();
    private final MainViewModel main = new MainViewModel(new InlineTaskRunner(),
            new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(), Clock.systemUTC());

    @BeforeAll
    static void start() throws Exception {
        stage = HeadlessToolkit.start();
    }

    @AfterAll
    static void stop() throws Exception {
        robotRestoreLight();
        FxToolkit.cleanupStages();
    }

    private static void robotRestoreLight() {
        new FxRobot().interact(() -> Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet()));
    }

    @Test
    void aWizardTheSqlPreviewAndADryRunTimelineInBothThemes() throws Exception {
        main.start(List.of());
        PatternWizardViewModel wizard = main.planTools().wizard(PatternKind.RENAME_COLUMN,
                main.tree().find("orders/public/order_items/sku").orElseThrow()).orElseThrow();
        wizard.fields().get(0).valueProperty().set("item_sku");
        shoot("wizard-impact", new PatternWizardView(wizard, () -> { }), 760, 560);
        robot.interact(wizard::next);
        shoot("wizard-phases", new PatternWizardView(wizard, () -> { }), 760, 640);

        main.openDemoPlan("rename-phone");
        SqlPreviewViewModel sql = main.planTools().sqlPreview().orElseThrow();
        sql.show("expand", null);
        SqlPreviewView sqlView = new SqlPreviewView(sql, () -> { });
        shoot("sql-preview", sqlView, 900, 600);
        assertThat(((TextFlow) sqlView.lookup("#sqlText")).getChildren()).hasSizeGreaterThan(20);

        ExportViewModel export = main.planTools().export().orElseThrow();
        export.targetProperty().set(ExportTarget.FLYWAY);
        shoot("export", new ExportView(export, () -> { }), 960, 560);

        DryRunViewModel dryRun = main.planTools().dryRun(Runnable::run, p -> { }).orElseThrow();
        for (ScratchChoice choice : dryRun.scratch()) {
            choice.urlProperty().set(choice.engine() == Engine.POSTGRESQL ? ScratchServers.postgres()
                    : ScratchServers.mysql());
        }
        DryRunView dryRunView = new DryRunView(dryRun, () -> { });
        robot.interact(dryRun::run);
        assertThat(dryRun.verdictProperty().get()).isEqualTo("passed");
        ((TabPane) dryRunView.lookup("#dryRunResults")).getSelectionModel().select(1);
        shoot("dry-run-timeline", dryRunView, 1000, 560);
    }

    /** Shows {@code view} in each theme and writes {@code NAME-light.png} and {@code -dark.png}. */
    private void shoot(String name, Parent view, double width, double height) throws Exception {
        for (boolean dark : new boolean[] {false, true}) {
            robot.interact(() -> {
                Application.setUserAgentStylesheet(dark ? new PrimerDark().getUserAgentStylesheet()
                        : new PrimerLight().getUserAgentStylesheet());
                if (view.getScene() == null) {
                    stage.setScene(ToolWindow.scene(view, width, height));
                } else {
                    stage.setScene(view.getScene());
                }
                view.pseudoClassStateChanged(PhaseshiftApp.DARK, dark);
                stage.show();
            });
            WaitForAsyncUtils.waitForFxEvents();
            WritableImage image = WaitForAsyncUtils.waitFor(WaitForAsyncUtils.asyncFx(
                    () -> view.snapshot(null, null)));
            Files.createDirectories(IMAGES);
            Path file = IMAGES.resolve(name + (dark ? "-dark" : "-light") + ".png");
            ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
            assertThat(file).isNotEmptyFile();
        }
    }
}
