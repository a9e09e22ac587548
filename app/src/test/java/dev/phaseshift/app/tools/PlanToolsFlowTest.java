package dev.phaseshift.app.tools;

import dev.phaseshift.app.PhaseshiftApp;
import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.ScratchServers;
import dev.phaseshift.app.settings.PreferencesSettingsStore;
import dev.phaseshift.export.ExportTarget;
import javafx.application.Application;
import javafx.collections.ListChangeListener;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.TableView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeCell;
import javafx.scene.control.TreeTableView;
import javafx.scene.control.TreeView;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The plan tools as a user reaches them in the real application on the demo estate, headless: a rename wizard
 * from the tree's context menu on a column another service reads, the plan it writes reviewed with a green
 * matrix, its export to Flyway and GitHub Actions, a dry-run on the test servers, and a cancelled one.
 * The tests run in order: each works on what the one before left open.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PlanToolsFlowTest {
    @TempDir
    static Path dir;

    private static Application app;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        Preferences.userRoot().node(System.getProperty(PreferencesSettingsStore.NODE_PROPERTY,
                "dev/phaseshift/test")).clear();
        HeadlessToolkit.start();
        app = FxToolkit.setupApplication(PhaseshiftApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> new FxRobot().lookup("#estateTree")
                .queryAs(TreeView.class).getRoot() != null);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    @Order(1)
    void renamingAColumnAnotherServiceReadsInsertsFourPhasesAndKeepsTheMatrixGreen() throws Exception {
        TextField search = robot.lookup("#estateSearch").queryAs(TextField.class);
        robot.interact(() -> search.setText("sku"));
        TreeCell<?> cell = waitFor(() -> robot.lookup(".estate-tree-cell").queryAll().stream()
                .map(n -> (TreeCell<?>) n)
                .filter(c -> c.getItem() instanceof EstateItem item
                        && item.path().equals("orders/public/order_items/sku"))
                .findFirst());
        robot.clickOn(cell);
        // headless Monocle delivers no context-menu request for a secondary click, and its popups are not
        // clickable: open the tree's context menu on the selected cell and fire its item
        TreeView<?> tree = robot.lookup("#estateTree").queryAs(TreeView.class);
        assertThat(tree.getSelectionModel().getSelectedItem().getValue()).isEqualTo(cell.getItem());
        javafx.scene.control.MenuButton inspector = robot.lookup("#inspectorChangeSafely")
                .queryAs(javafx.scene.control.MenuButton.class);
        assertThat(inspector.isVisible()).as("the inspector offers the wizards on the column").isTrue();
        assertThat(item(inspector.getItems(), "inspector-rename-column").isVisible()).isTrue();
        robot.interact(() -> tree.getContextMenu().show(cell, javafx.geometry.Side.RIGHT, 0, 0));
        assertThat(tree.getContextMenu().isShowing()).isTrue();
        MenuItem rename = item(tree.getContextMenu().getItems(), "tree-rename-column");
        assertThat(rename.getText()).isEqualTo("Rename column safely…");
        assertThat(rename.isVisible()).isTrue();
        assertThat(item(tree.getContextMenu().getItems(), "tree-move-table").isVisible())
                .as("a table's pattern is not offered on a column").isFalse();
        robot.interact(() -> {
            tree.getContextMenu().hide();
            rename.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node wizard = robot.lookup("#patternWizard").query();
        assertThat(robot.from(wizard).lookup("#wizardConsumers .label").queryAllAs(Label.class))
                .extracting(Label::getText)
                .contains("shipping v3 reads orders.public.order_items.sku via replica");
        assertThat(robot.lookup("#wizardNext").queryAs(Button.class).isDisabled()).isTrue();
        robot.clickOn("#wizardField-newName").write("item_sku");
        robot.clickOn("#wizardNext");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#wizardPhases .phase-heading").queryAllAs(Label.class))
                .extracting(Label::getText).containsExactly("expand · 2 steps", "migrate · 3 steps",
                        "switch · 0 steps · deploys shipping: v3 -> v4", "contract · 2 steps");
        TextField file = robot.lookup("#wizardPlanFile").queryAs(TextField.class);
        robot.interact(() -> file.setText(dir.resolve("rename-sku.plan.yaml").toString()));
        robot.clickOn("#wizardFinish");

        waitFor(() -> Optional.of(robot.lookup("#planStatus").queryAs(Label.class))
                .filter(l -> l.getText().contains("consumer")));
        assertThat(robot.lookup("#patternWizard").tryQuery()).as("the wizard closed").isEmpty();
        assertThat(Files.exists(dir.resolve("rename-sku.plan.yaml"))).isTrue();
        TreeTableView<?> steps = robot.lookup("#planSteps").queryAs(TreeTableView.class);
        assertThat(steps.getRoot().getChildren()).hasSize(4);
        assertThat(robot.lookup("#planStatus").queryAs(Label.class).getText())
                .endsWith("every live consumer compatible");
        assertThat(robot.lookup("#planMatrix .matrix-cell").queryAllAs(Label.class))
                .isNotEmpty().noneMatch(l -> l.getStyleClass().contains("matrix-breaks"));
    }

    @Test
    @Order(2)
    void theOpenPlanExportsToFlywayAndGithubActions() throws Exception {
        openFromPlanMenu("menuExport");
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

    @Test
    @Order(3)
    void aDryRunOnTheTestServersRunsEveryStepAndACancelledOneLeavesNoShadow() throws Exception {
        List<String> before = ScratchServers.shadows();
        openFromPlanMenu("menuDryRun");
        TextField pg = robot.lookup("#scratch-postgresql").queryAs(TextField.class);
        robot.interact(() -> pg.setText(ScratchServers.postgres()));
        assertThat(robot.lookup("#scratch-mysql").tryQuery()).as("the plan changes a PostgreSQL service only")
                .isEmpty();

        robot.clickOn("#dryRunRun");
        Label verdict = robot.lookup("#dryRunVerdict").queryAs(Label.class);
        waitFor(() -> Optional.of(verdict).filter(l -> !l.getText().isEmpty()));
        assertThat(verdict.getText()).as(robot.lookup("#dryRunMessage").queryAs(Label.class).getText())
                .isEqualTo("PASSED");
        TableView<?> stepTable = robot.lookup("#dryRunSteps").queryAs(TableView.class);
        assertThat(stepTable.getItems()).isNotEmpty()
                .allSatisfy(s -> assertThat(((dev.phaseshift.app.dryrun.StepLine) s).status()).isEqualTo("ok"));
        assertThat(ScratchServers.shadows()).isEqualTo(before);

        Button cancel = robot.lookup("#dryRunCancel").queryAs(Button.class);
        robot.interact(() -> stepTable.getItems().addListener((ListChangeListener<Object>) c -> {
            if (!stepTable.getItems().isEmpty() && !cancel.isDisabled()) {
                cancel.fire();
            }
        }));
        robot.clickOn("#dryRunRun");
        waitFor(() -> Optional.of(verdict).filter(l -> !l.getText().isEmpty()));
        assertThat(verdict.getText()).isEqualTo("CANCELLED");
        assertThat(stepTable.getItems()).isNotEmpty().anySatisfy(s -> assertThat(
                ((dev.phaseshift.app.dryrun.StepLine) s).status()).isIn("not run", "failed", "ok"));
        assertThat(ScratchServers.shadows()).as("shadows after the cancelled run").isEqualTo(before);
        robot.clickOn("#dryRunClose");
    }

    /** Fires an item of the Plan menu, as the menu bar's popup is not clickable under Monocle. */
    private void openFromPlanMenu(String id) {
        MenuBar bar = robot.lookup("#mainMenu").queryAs(MenuBar.class);
        Menu plan = bar.getMenus().stream().filter(m -> "menuPlan".equals(m.getId())).findFirst().orElseThrow();
        MenuItem item = item(plan.getItems(), id);
        assertThat(item.isDisable()).as(id + " enabled with a plan under review").isFalse();
        robot.interact(item::fire);
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static MenuItem item(List<MenuItem> items, String id) {
        return items.stream().filter(i -> id.equals(i.getId())).findFirst()
                .orElseThrow(() -> new AssertionError("no menu item " + id));
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

    @SuppressWarnings("unused")
    private static List<Window> windows() {
        return Window.getWindows();
    }
}
