package dev.phaseshift.app.editor;

import atlantafx.base.theme.PrimerLight;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainView;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.plan.file.PlanFile;
import javafx.application.Application;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.Objects;

import static dev.phaseshift.app.editor.MainWindowLookups.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * The editor as a user drives it, headless, in the real main window: open an estate and the rename-phone demo
 * plan through the File menu, drag a consumer deployment onto an earlier phase and see the matrix cell turn red
 * with its reason, undo with Ctrl+Z and see it green again, type an invalid value into a step's field and see the
 * error under it, fix it, save, reopen, and get the same bytes.
 */
class PlanEditorFlowTest {
    private static Stage stage;

    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();
    private static MainViewModel main;
    private static final RecordingDialogService DIALOGS = new RecordingDialogService();

    @BeforeAll
    static void start() throws Exception {
        stage = HeadlessToolkit.start();
        Path estate = EditorFixtures.estateFile(dir.resolve("estate"));
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            AppSettings settings = new AppSettings(new InMemorySettingsStore());
            // the user narrowed the tree and the inspector to give the board room
            settings.setDividerPositions("workbench", 0.06, 0.96);
            main = new MainViewModel(new FxTaskRunner(), settings, DIALOGS, new RecordingPlanFileDialogs(),
                    new RecoveryStore(dir.resolve("recovery")), Clock.systemUTC());
            MainView view = new MainView(main, () -> { });
            Scene scene = new Scene(view, 1500, 950);
            scene.getStylesheets().add(Objects.requireNonNull(PlanEditorFlowTest.class
                    .getResource("/dev/phaseshift/app/phaseshift.css")).toExternalForm());
            s.setScene(scene);
            view.restoreLayout();
            s.show();
            main.openEstate(estate);
        });
        waitUntil(() -> main.estateProperty().get() != null);
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void dragUndoEditSaveAndReopen() throws Exception {
        Path plan = EditorFixtures.renamePhone(dir);
        DIALOGS.willChoosePlan(plan);
        robot.interact(() -> menuItem("menuOpenPlan").fire());
        PlanEditorViewModel editor = main.planEditor();
        waitUntil(() -> editor.reviewProperty().get() != null && lookup("#card-customers-customers-drop-phone") != null);
        TabPane tabs = (TabPane) lookup("#centralTabs");
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Plan editor");
        robot.interact(() -> ((TabPane) lookup("#editorAnalysis")).getSelectionModel().select(2));
        assertThat(cell("customers-v2-expand").getText()).isEqualTo("—");

        robot.drag(lookup("#deployment-switch-0")).dropTo(lookup("#phaseTitle-expand"));
        waitUntil(() -> cell("customers-v2-expand").getStyleClass().contains("matrix-breaks"));
        Label red = cell("customers-v2-expand");
        assertThat(red.getText()).isEqualTo("✗");
        assertThat(red.getTooltip().getText()).startsWith("customers v2 at expand: breaks — ")
                .contains("phone_number");
        assertThat(lookup("#deployment-expand-0")).isNotNull();

        robot.clickOn(red);
        assertThat(editor.selectedDeploymentProperty().get()).isEqualTo(new DeploymentRef("expand", 0));
        assertThat(lookup("#deployment-expand-0").getPseudoClassStates()).extracting(Object::toString)
                .contains("selected");

        robot.clickOn(lookup("#editorTitle"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> cell("customers-v2-expand").getStyleClass().contains("matrix-not-live"));
        assertThat(lookup("#deployment-switch-0")).isNotNull();
        assertThat(lookup("#editorMatrix").lookupAll(".matrix-breaks")).isEmpty();

        robot.clickOn(lookup("#card-customers-customers-backfill-phone_number"));
        TextField batch = (TextField) lookup("#field-batch_size");
        assertThat(batch.getText()).isEqualTo("5000");
        robot.clickOn(batch).press(KeyCode.END).release(KeyCode.END).write("o");
        Label error = (Label) lookup("#fieldError-batch_size");
        assertThat(error.getText()).isEqualTo("batch_size: \"5000o\" is not a whole number");
        assertThat(error.isVisible()).isTrue();
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE).press(KeyCode.BACK_SPACE)
                .release(KeyCode.BACK_SPACE);
        assertThat(batch.getText()).isEqualTo("500");
        assertThat(error.isVisible()).isFalse();
        waitUntil(() -> editor.reviewProperty().get() != null && !editor.analysingProperty().get());
        assertThat(editor.titleProperty().get()).startsWith("rename phone to phone_number •");

        robot.interact(() -> menuItem("menuSavePlan").fire());
        String saved = Files.readString(plan);
        assertThat(saved).contains("batch_size: 500\n");
        assertThat(editor.dirtyBinding().get()).isFalse();

        robot.interact(() -> menuItem("menuOpenPlan").fire());
        waitUntil(() -> lookup("#card-customers-customers-drop-phone") != null && !editor.analysingProperty().get());
        assertThat(PlanFile.toYaml(editor.planProperty().get())).isEqualTo(saved);
        robot.interact(() -> menuItem("menuSavePlan").fire());
        assertThat(Files.readString(plan)).isEqualTo(saved);
    }

    @Test
    void aGateIsEditedOnThePhaseHeaderWithItsErrorInPlace() throws Exception {
        Path plan = EditorFixtures.renamePhone(Files.createDirectories(dir.resolve("gates")));
        DIALOGS.willChoosePlan(plan);
        robot.interact(() -> menuItem("menuOpenPlan").fire());
        PlanEditorViewModel editor = main.planEditor();
        waitUntil(() -> plan.equals(editor.fileProperty().get()) && lookup("#phaseTitle-expand") != null);
        // the ⋮ menu's "Add approval gate…" asks in a dialog; the board's first column is in view
        robot.interact(() -> editor.addApprovalGate("expand", "schema reviewed"));
        waitUntil(() -> lookup("#gate-expand-0") != null && !editor.analysingProperty().get());

        robot.doubleClickOn(lookup("#gate-expand-0"));
        TextField text = (TextField) lookup("#gateField-expand-0-description");
        assertThat(text.getText()).isEqualTo("schema reviewed");
        assertThat(lookup("#gateError-expand-0-description").isVisible()).isFalse();
        robot.clickOn(text).press(KeyCode.CONTROL, KeyCode.A).release(KeyCode.A, KeyCode.CONTROL)
                .press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        Label error = (Label) lookup("#gateError-expand-0-description");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("description: say what a person must confirm");
        robot.write("billing signed off");
        assertThat(lookup("#gateError-expand-0-description").isVisible()).isFalse();
        robot.press(KeyCode.ENTER).release(KeyCode.ENTER);
        waitUntil(() -> lookup("#gateField-expand-0-description") == null);
        assertThat(((Label) lookup("#gate-expand-0")).getText()).isEqualTo("approval: billing signed off");

        robot.clickOn(lookup("#editorTitle"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> "approval: schema reviewed".equals(((Label) lookup("#gate-expand-0")).getText()));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> lookup("#gate-expand-0") == null);
        assertThat(editor.dirtyBinding().get()).isFalse();
    }

    private static Label cell(String id) {
        return (Label) lookup("#matrix-" + id);
    }

    private static Node lookup(String selector) {
        return MainWindowLookups.lookup(stage, selector);
    }

    private static MenuItem menuItem(String id) {
        return MainWindowLookups.menuItem(stage, id);
    }
}
