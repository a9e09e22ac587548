package dev.phaseshift.app;

import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.settings.PreferencesSettingsStore;
import javafx.application.Application;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.Node;
import javafx.scene.canvas.Canvas;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.Spinner;
import javafx.scene.control.TabPane;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeView;
import javafx.scene.image.WritableImage;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import javax.imageio.ImageIO;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.prefs.Preferences;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Boots the real application as launched without arguments (on the bundled demo estate), headless, and checks
 * what a user would see first. Leaves {@code target/screenshots/main-window*.png} behind for people to look at.
 */
class MainWindowSmokeTest {
    private static final List<String> DEMO_SERVICES =
            List.of("customers", "catalog", "orders", "billing", "inventory", "shipping", "notifications");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static Application app;
    private static Stage stage;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void launch() throws Exception {
        // start from defaults: no window position, theme or recent files left over from an earlier run
        Preferences.userRoot().node(System.getProperty(PreferencesSettingsStore.NODE_PROPERTY,
                "dev/phaseshift/test")).clear();
        stage = HeadlessToolkit.start();
        app = FxToolkit.setupApplication(PhaseshiftApp.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> serviceNamesInTree().size() == 7);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupApplication(app);
        FxToolkit.cleanupStages();
    }

    @Test
    void showsAllRegionsOfTheMainWindow() {
        for (String id : List.of("#estateTree", "#centralTabs", "#inspector", "#logPane", "#statusBar")) {
            Node node = robot.lookup(id).query();
            assertThat(node).as(id).isNotNull();
            assertThat(node.isVisible()).as(id + " visible").isTrue();
            assertThat(node.getLayoutBounds().getWidth()).as(id + " width").isGreaterThan(50);
        }
        TabPane tabs = robot.lookup("#centralTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Overview");
        assertThat(stage.getTitle()).isEqualTo("Acme Shop — Phaseshift");
    }

    @Test
    void theTreeShowsTheSevenDemoServices() {
        assertThat(serviceNamesInTree()).containsExactlyElementsOf(DEMO_SERVICES);
        // and they are drawn, not only in the model
        List<String> drawn = robot.lookup("#estateTree .item-name").queryAllAs(Label.class).stream()
                .filter(Node::isVisible).map(Label::getText).toList();
        assertThat(drawn).containsAll(DEMO_SERVICES);
    }

    @Test
    void theStatusBarCountsTheServices() {
        Label totals = robot.lookup("#statusBar #statusTotals").queryAs(Label.class);

        assertThat(totals.getText()).startsWith("7 services");
        assertThat(totals.isVisible()).isTrue();
    }

    @Test
    void theLogSaysTheDemoWasOpened() {
        javafx.scene.control.TableView<?> log = robot.lookup("#logPane #logTable").queryAs(
                javafx.scene.control.TableView.class);

        assertThat(log.getItems()).extracting(e -> ((dev.phaseshift.app.log.LogEntry) e).message())
                .anyMatch(text -> text.startsWith("opened estate \"Acme Shop\""));
    }

    @Test
    void theThemeToggleSwitchesTheStylesheetAndBack() throws IOException {
        selectService("orders");
        screenshot("main-window.png");
        String light = Application.getUserAgentStylesheet();
        assertThat(light).contains("primer-light");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        String dark = Application.getUserAgentStylesheet();
        assertThat(dark).isNotEqualTo(light).contains("primer-dark");
        screenshot("main-window-dark.png");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(Application.getUserAgentStylesheet()).isEqualTo(light);
    }

    @Test
    void aColumnShowsItsImpactInTheInspectorAndItsNeighbourhoodInTheGraphTab() throws Exception {
        selectPath("orders/public/orders/total");
        VBox impact = robot.lookup("#inspector #impactSection").queryAs(VBox.class);
        assertThat(impact).isNotNull();
        assertThat(robot.lookup("#impactHeadline").queryAs(Label.class).getText())
                .isEqualTo("changing orders.public.orders.total reaches 4 objects in 2 services");
        List<String> drawn = robot.lookup("#impactSection .impact-line .entry-name").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(drawn).contains("billing v1", "billing v2");
        revealInInspector(impact);
        screenshot("inspector-impact.png");

        // Ctrl+G from the tree opens the Graph tab on the selected column
        robot.interact(() -> tree().requestFocus());
        robot.press(KeyCode.CONTROL, KeyCode.G).release(KeyCode.G, KeyCode.CONTROL);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> {
            Canvas canvas = (Canvas) stage.getScene().lookup("#graphCanvas");
            return canvas != null && canvas.getWidth() > 200 && canvas.getHeight() > 200;
        });
        WaitForAsyncUtils.waitForFxEvents();
        TabPane tabs = robot.lookup("#centralTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Graph");
        assertThat(robot.lookup("#graphMessage").queryAs(Label.class).getText())
                .isEqualTo("changing orders.public.orders.total reaches 4 objects in 2 services");
        assertThat(robot.lookup("#graphFocus").queryAs(Label.class).getText()).isEqualTo("orders.public.orders.total");
        assertThat(robot.lookup("#graphDepth").queryAs(Spinner.class).getValue()).isEqualTo(2);
        screenshot("graph-tab.png");

        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("graph-tab-dark.png");
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
        revealInInspector(robot.lookup("#inspector #impactSection").queryAs(VBox.class));
        screenshot("inspector-impact-dark.png");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void theReferencesTabListsTheOpenProposalsAndSaysTheDemoIsReadOnly() throws IOException {
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.R).release(KeyCode.R, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#centralTabs").queryAs(TabPane.class);
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("References");
        assertThat(robot.lookup("#referencesList .reference-card").queryAll()).hasSize(9);
        assertThat(robot.lookup("#referencesReadOnly").queryAs(Label.class).isVisible()).isTrue();
        assertThat(robot.lookup("#referencesList .button").queryAllAs(javafx.scene.control.Button.class))
                .isNotEmpty().allMatch(Node::isDisabled);
        screenshot("references-tab.png");
    }

    @Test
    void thePlanReviewTabShowsTheRenamePhoneDemoPlan() throws Exception {
        robot.interact(() -> demoPlanItem("rename-phone").fire());
        // looked up on the FX thread: the tab is built and filled there while this thread polls
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> WaitForAsyncUtils.asyncFx(MainWindowSmokeTest::planPhases).get() == 4);
        WaitForAsyncUtils.waitForFxEvents();

        TabPane tabs = robot.lookup("#centralTabs").queryAs(TabPane.class);
        // a plan opens in the editor, with its review beside it
        assertThat(tabs.getSelectionModel().getSelectedItem().getText()).isEqualTo("Plan editor");
        robot.interact(() -> tabs.getSelectionModel().select(tabs.getTabs().stream()
                .filter(t -> t.getText().equals("Plan review")).findFirst().orElseThrow()));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#planName").queryAs(Label.class).getText()).isEqualTo("rename phone to phone_number");
        assertThat(robot.lookup("#planStatus").queryAs(Label.class).getText()).startsWith("no errors");
        List<String> versions = robot.lookup("#planMatrix .matrix-version").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(versions).contains("billing v1", "billing v2", "shipping v3")
                .as("the plan deploys shipping v4, which the estate does not declare").endsWith("shipping v4 (assumed)");
        List<String> cells = robot.lookup("#planMatrix .matrix-cell").queryAllAs(Label.class).stream()
                .map(Label::getText).toList();
        assertThat(cells).hasSize(7 * 5).contains("✓", "—").doesNotContain("✗");
        screenshot("plan-review.png");

        TabPane details = robot.lookup("#planDetails").queryAs(TabPane.class);
        robot.interact(() -> details.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("plan-review-compatibility.png");
        robot.interact(() -> details.getSelectionModel().select(1));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("plan-review-locks.png");

        robot.interact(() -> details.getSelectionModel().select(0));
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("plan-review-dark.png");
        robot.interact(() -> details.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        screenshot("plan-review-compatibility-dark.png");
        robot.press(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.T).release(KeyCode.T, KeyCode.SHIFT, KeyCode.CONTROL);
        robot.interact(() -> tabs.getSelectionModel().select(0));
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static int planPhases() {
        javafx.scene.control.TreeTableView<?> steps = (javafx.scene.control.TreeTableView<?>)
                stage.getScene().lookup("#planSteps");
        return steps == null || steps.getRoot() == null ? -1 : steps.getRoot().getChildren().size();
    }

    private static javafx.scene.control.MenuItem demoPlanItem(String name) {
        javafx.scene.control.MenuBar bar = (javafx.scene.control.MenuBar) stage.getScene().lookup("#mainMenu");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu)
                .flatMap(i -> ((javafx.scene.control.Menu) i).getItems().stream())
                .filter(i -> ("menuDemoPlan-" + name).equals(i.getId()))
                .findFirst().orElseThrow();
    }

    private void selectPath(String path) {
        robot.interact(() -> {
            TreeItem<EstateItem> found = find(tree().getRoot(), path);
            assertThat(found).as(path).isNotNull();
            for (TreeItem<EstateItem> p = found.getParent(); p != null; p = p.getParent()) {
                p.setExpanded(true);
            }
            tree().getSelectionModel().select(found);
            tree().scrollTo(Math.max(0, tree().getRow(found) - 3));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private static TreeItem<EstateItem> find(TreeItem<EstateItem> from, String path) {
        if (from.getValue().path().equals(path)) {
            return from;
        }
        for (TreeItem<EstateItem> child : from.getChildren()) {
            TreeItem<EstateItem> found = find(child, path);
            if (found != null) {
                return found;
            }
        }
        return null;
    }

    /** Scrolls the inspector so the node starts at the top of its viewport. */
    private void revealInInspector(Node node) {
        robot.interact(() -> {
            ScrollPane scroll = (ScrollPane) stage.getScene().lookup("#inspectorScroll");
            scroll.layout();
            double content = scroll.getContent().getLayoutBounds().getHeight();
            double viewport = scroll.getViewportBounds().getHeight();
            double y = scroll.getContent().sceneToLocal(node.localToScene(0, 0)).getY();
            scroll.setVvalue(content <= viewport ? 0 : Math.min(1, Math.max(0, (y - 8) / (content - viewport))));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void selectService(String name) {
        robot.interact(() -> {
            TreeView<EstateItem> tree = tree();
            tree.getRoot().getChildren().stream().filter(i -> i.getValue().name().equals(name)).findFirst()
                    .ifPresent(i -> tree.getSelectionModel().select(i));
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void screenshot(String fileName) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(fileName);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
        if (Boolean.getBoolean("phaseshift.userGuideImages") && !fileName.contains("-dark")) {
            // the user guide's pictures (docs/user-guide.md): -Dphaseshift.userGuideImages=true
            Files.copy(file, Path.of("..", "docs", "images", "guide-" + fileName),
                    java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
    }

    @SuppressWarnings("unchecked")
    private static TreeView<EstateItem> tree() {
        return (TreeView<EstateItem>) stage.getScene().lookup("#estateTree");
    }

    private static List<String> serviceNamesInTree() {
        if (stage.getScene() == null || tree() == null || tree().getRoot() == null) {
            return List.of();
        }
        return tree().getRoot().getChildren().stream().map(TreeItem::getValue).map(EstateItem::name).toList();
    }
}
