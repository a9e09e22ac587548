package dev.phaseshift.app.editor;

import atlantafx.base.theme.PrimerLight;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.fixtures.ScratchServers;
import dev.phaseshift.app.main.MainView;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.dryrun.ShadowName;
import dev.phaseshift.export.ExportTarget;
import dev.phaseshift.plan.Step;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.geometry.Side;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeView;
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
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static dev.phaseshift.app.editor.MainWindowLookups.item;
import static dev.phaseshift.app.editor.MainWindowLookups.waitUntil;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Composing a plan from nothing in the real main window on the bundled demo estate, headless, as one continuous
 * session (the estate declares shipping v3 only; the v4 the wizard deploys is judged as v3 under the plan's rename,
 * so it reads {@code item_sku}):
 * the rename wizard from the tree's context menu on a column another service reads, its phases in the editor with
 * a green matrix, a consumer deployment dragged too early (red, with the reason) and undone, an invalid step value
 * shown and fixed, Save As and a byte-identical second save, export to Flyway and GitHub Actions, a dry-run on the
 * test servers and a cancelled one that leaves no shadow database behind.
 */
class ComposePlanFlowTest {
    private static final String SKU = "orders/public/order_items/sku";
    private static final RecordingDialogService DIALOGS = new RecordingDialogService();
    private static final RecordingPlanFileDialogs FILE_DIALOGS = new RecordingPlanFileDialogs();
    private static Stage stage;
    private static MainViewModel main;

    @TempDir
    static Path dir;

    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void start() throws Exception {
        stage = HeadlessToolkit.start();
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            AppSettings settings = new AppSettings(new InMemorySettingsStore());
            // the user narrowed the tree and the inspector to give the board room
            settings.setDividerPositions("workbench", 0.12, 0.96);
            main = new MainViewModel(new FxTaskRunner(), settings, DIALOGS, FILE_DIALOGS,
                    new RecoveryStore(dir.resolve("recovery")), Clock.systemUTC());
            MainView view = new MainView(main, () -> { });
            Scene scene = new Scene(view, 1500, 950);
            scene.getStylesheets().add(Objects.requireNonNull(ComposePlanFlowTest.class
                    .getResource("/dev/phaseshift/app/phaseshift.css")).toExternalForm());
            s.setScene(scene);
            view.restoreLayout();
            s.show();
        });
        robot().interact(() -> main.openDemoEstate());
        waitUntil(() -> main.estateProperty().get() != null && main.tree().find(SKU).isPresent());
    }

    private static FxRobot robot() {
        return new FxRobot();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    @Test
    void renameInTheEditorBreakAndMendTheMatrixSaveExportAndRehearse() throws Exception {
        PlanEditorViewModel editor = main.planEditor();
        assertThat(editor.planProperty().get()).as("no plan open before the wizard").isNull();

        // the tree's context menu on a column shipping v3 reads
        TextField search = (TextField) lookup("#estateSearch");
        robot.interact(() -> search.setText("sku"));
        TreeCell<?> cell = waitFor(() -> robot.lookup(".estate-tree-cell").queryAll().stream()
                .map(n -> (TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof EstateItem item && item.path().equals(SKU))
                .findFirst());
        robot.rightClickOn(cell);
        TreeView<?> tree = (TreeView<?>) lookup("#estateTree");
        assertThat(((EstateItem) tree.getSelectionModel().getSelectedItem().getValue()).path())
                .as("the secondary click selects the column").isEqualTo(SKU);
        ContextMenu menu = tree.getContextMenu();
        // headless Monocle turns a secondary click into no context-menu request: show the menu the platform
        // shows there
        assertThat(menu.isShowing()).isFalse();
        robot.interact(() -> menu.show(cell, Side.RIGHT, 0, 0));
        MenuItem rename = item(menu.getItems(), "tree-rename-column");
        assertThat(rename.getText()).isEqualTo("Rename column safely…");
        assertThat(rename.isVisible()).isTrue();
        // Monocle's popups take no clicks: fire the item as a click on it would
        robot.interact(() -> {
            menu.hide();
            rename.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        // the wizard: the new name, and the consumer deployment it proposes for shipping v3
        assertThat(robot.lookup("#wizardConsumers .label").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("shipping v3 reads orders.public.order_items.sku via replica");
        robot.clickOn("#wizardField-newName").write("item_sku");
        TextField deployTo = robot.lookup("#wizardDeployTo-shipping-v3").queryAs(TextField.class);
        robot.doubleClickOn(deployTo).write("v4");
        assertThat(deployTo.getText()).isEqualTo("v4");
        robot.clickOn("#wizardNext");
        assertThat(robot.lookup("#wizardDestination").queryAs(Label.class).getText()).contains("new plan");
        robot.clickOn("#wizardFinish");

        // its phases in the editor, the matrix all green
        waitUntil(() -> lookup("#deployment-switch-0") != null && editor.reviewProperty().get() != null
                && !editor.analysingProperty().get());
        assertThat(robot.lookup("#patternWizard").tryQuery()).as("the wizard closed").isEmpty();
        assertThat(((TabPane) lookup("#centralTabs")).getSelectionModel().getSelectedItem().getText())
                .isEqualTo("Plan editor");
        assertThat(editor.columns()).extracting(PhaseColumn::phaseId)
                .containsExactly("expand", "migrate", "switch", "contract");
        assertThat(((Label) lookup("#deployment-switch-0")).getText()).isEqualTo("shipping v3 → v4");
        robot.interact(() -> ((TabPane) lookup("#editorAnalysis")).getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(cell("shipping-v4-switch").getText()).isEqualTo("✓");
        assertThat(robot.lookup("#editorMatrix .matrix-version").queryAllAs(Label.class)).extracting(Label::getText)
                .as("the release the wizard deploys is judged, marked as assumed").contains("shipping v4 (assumed)");
        assertThat(matrixCells()).isNotEmpty().noneMatch(l -> l.getStyleClass().contains("matrix-breaks"));

        // shipping v4 deployed after expand reads item_sku before the backfill filled it: red, and why
        robot.drag(lookup("#deployment-switch-0")).dropTo(lookup("#phaseTitle-expand"));
        waitUntil(() -> cell("shipping-v4-expand").getStyleClass().contains("matrix-breaks"));
        Label red = cell("shipping-v4-expand");
        assertThat(red.getText()).isEqualTo("✗");
        assertThat(red.getTooltip().getText()).startsWith("shipping v4 at expand: breaks — ")
                .contains("item_sku").contains("only from the backfill in phase migrate");

        // Ctrl+Z takes the drag back: green again
        robot.clickOn(lookup("#editorTitle"));
        robot.press(KeyCode.CONTROL, KeyCode.Z).release(KeyCode.Z, KeyCode.CONTROL);
        waitUntil(() -> lookup("#deployment-switch-0") != null && !editor.analysingProperty().get()
                && matrixCells().stream().noneMatch(l -> l.getStyleClass().contains("matrix-breaks")));
        assertThat(cell("shipping-v4-expand").getText()).isEqualTo("—");

        // an invalid value in a step's field shows its error inline; fixing it clears it
        String backfill = editor.planProperty().get().phases().stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.operation().operationName().equals("backfill")).map(Step::id).findFirst()
                .orElseThrow();
        robot.clickOn(lookup("#card-" + backfill));
        TextField batch = (TextField) lookup("#field-batch_size");
        String size = batch.getText();
        robot.clickOn(batch).press(KeyCode.END).release(KeyCode.END).write("x");
        Label error = (Label) lookup("#fieldError-batch_size");
        assertThat(error.isVisible()).isTrue();
        assertThat(error.getText()).isEqualTo("batch_size: \"" + size + "x\" is not a whole number");
        robot.press(KeyCode.BACK_SPACE).release(KeyCode.BACK_SPACE);
        assertThat(batch.getText()).isEqualTo(size);
        assertThat(error.isVisible()).isFalse();

        // Save As, reopen, save again: the same bytes
        Path planFile = dir.resolve("rename-sku.plan.yaml");
        FILE_DIALOGS.willSaveTo(planFile);
        robot.interact(() -> menuItem("menuSavePlanAs").fire());
        byte[] saved = Files.readAllBytes(planFile);
        assertThat(editor.dirtyBinding().get()).isFalse();
        DIALOGS.willChoosePlan(planFile);
        robot.interact(() -> menuItem("menuOpenPlan").fire());
        waitUntil(() -> editor.reviewProperty().get() != null && !editor.analysingProperty().get()
                && lookup("#card-" + backfill) != null);
        robot.interact(() -> menuItem("menuSavePlan").fire());
        assertThat(Files.readAllBytes(planFile)).isEqualTo(saved);

        exportToFlywayAndGithubActions();
        rehearseThenCancelARehearsal(editor.planProperty().get().stepCount());
    }

    private void exportToFlywayAndGithubActions() throws Exception {
        robot.interact(() -> menuItem("menuExport").fire());
        Path out = dir.resolve("export");
        TextField into = robot.lookup("#exportDirectory").queryAs(TextField.class);
        robot.interact(() -> into.setText(out.toString()));
        ListView<?> files = robot.lookup("#exportFiles").queryAs(ListView.class);
        waitFor(() -> Optional.of(files).filter(l -> !l.getItems().isEmpty()));
        robot.clickOn("#exportWrite");
        waitFor(() -> Optional.of(robot.lookup("#exportMessage").queryAs(Label.class))
                .filter(l -> l.getText().startsWith("Wrote")));
        try (Stream<Path> written = Files.walk(out.resolve("flyway"))) {
            assertThat(written.map(p -> out.relativize(p).toString().replace('\\', '/')))
                    .contains("flyway/orders/flyway.toml")
                    .anyMatch(p -> p.matches("flyway/orders/migrations/V1__.*_expand\\.sql"));
        }

        @SuppressWarnings("unchecked")
        ComboBox<ExportTarget> target = robot.lookup("#exportTarget").queryAs(ComboBox.class);
        robot.interact(() -> target.setValue(ExportTarget.GITHUB_ACTIONS));
        waitFor(() -> Optional.of(files).filter(l -> l.getItems().size() == 1));
        robot.clickOn("#exportWrite");
        waitFor(() -> Optional.of(robot.lookup("#exportMessage").queryAs(Label.class))
                .filter(l -> l.getText().startsWith("Wrote 1 file (github-actions)")));
        try (Stream<Path> workflows = Files.list(out.resolve(".github/workflows"))) {
            assertThat(workflows.map(p -> p.getFileName().toString())).singleElement().asString()
                    .startsWith("phaseshift-").endsWith(".yml");
        }
        robot.clickOn("#exportClose");
    }

    private void rehearseThenCancelARehearsal(int planSteps) throws Exception {
        robot.interact(() -> menuItem("menuDryRun").fire());
        TextField pg = robot.lookup("#scratch-postgresql").queryAs(TextField.class);
        robot.interact(() -> pg.setText(ScratchServers.postgres()));
        assertThat(robot.lookup("#scratch-mysql").tryQuery()).as("the plan changes a PostgreSQL service only")
                .isEmpty();

        robot.clickOn("#dryRunRun");
        Label verdict = robot.lookup("#dryRunVerdict").queryAs(Label.class);
        waitFor(() -> Optional.of(verdict).filter(l -> !l.getText().isEmpty()));
        Label message = robot.lookup("#dryRunMessage").queryAs(Label.class);
        assertThat(verdict.getText()).as(message.getText()).isEqualTo("PASSED");
        TableView<?> stepTable = robot.lookup("#dryRunSteps").queryAs(TableView.class);
        assertThat(stepTable.getItems()).hasSizeGreaterThanOrEqualTo(planSteps)
                .allSatisfy(s -> assertThat(((dev.phaseshift.app.dryrun.StepLine) s).status()).isEqualTo("ok"));

        // the second run is cancelled halfway: apply, rollback and re-apply report a line per step each
        List<String> before = ScratchServers.shadows();
        Instant started = Instant.now();
        Button cancel = robot.lookup("#dryRunCancel").queryAs(Button.class);
        robot.interact(() -> stepTable.getItems().addListener((ListChangeListener<Object>) c -> {
            if (stepTable.getItems().size() >= planSteps * 3 / 2 && !cancel.isDisabled()) {
                cancel.fire();
            }
        }));
        robot.clickOn("#dryRunRun");
        waitFor(() -> Optional.of(verdict).filter(l -> !l.getText().isEmpty()));
        Instant ended = Instant.now();
        assertThat(verdict.getText()).as(message.getText()).isEqualTo("CANCELLED");
        assertThat(message.getText()).contains("every shadow dropped");
        List<String> left = new ArrayList<>(ScratchServers.shadows());
        left.removeAll(before);
        // other test runs may create shadows on the same servers meanwhile: only this run's count
        assertThat(left).as("shadows this run left").noneMatch(name -> ShadowName.parse(name.substring(
                name.indexOf(':') + 1)).filter(s -> s.service().equals("orders")
                && !s.createdAt().isBefore(started.minusSeconds(1)) && !s.createdAt().isAfter(ended)).isPresent());
        robot.clickOn("#dryRunClose");
    }

    private static Label cell(String id) {
        return (Label) lookup("#matrix-" + id);
    }

    private static List<Label> matrixCells() {
        return lookup("#editorMatrix").lookupAll(".matrix-cell").stream().map(n -> (Label) n).toList();
    }

    private static Node lookup(String selector) {
        return MainWindowLookups.lookup(stage, selector);
    }

    private static MenuItem menuItem(String id) {
        return MainWindowLookups.menuItem(stage, id);
    }

    private static <T> T waitFor(java.util.function.Supplier<Optional<T>> probe) throws Exception {
        Object[] found = new Object[1];
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> {
            WaitForAsyncUtils.waitForFxEvents();
            Optional<T> value = probe.get();
            value.ifPresent(v -> found[0] = v);
            return value.isPresent();
        });
        @SuppressWarnings("unchecked")
        T value = (T) found[0];
        return value;
    }
}
