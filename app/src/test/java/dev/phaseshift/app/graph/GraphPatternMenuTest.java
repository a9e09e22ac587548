package dev.phaseshift.app.graph;

import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.task.FxTaskRunner;
import dev.phaseshift.graph.layout.Rect;
import dev.phaseshift.plan.Phase;
import javafx.geometry.Point2D;
import javafx.scene.Node;
import javafx.scene.control.ContextMenu;
import javafx.scene.control.Label;
import javafx.scene.control.MenuItem;
import javafx.scene.input.MouseButton;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Headless, through the window: a secondary click on a column or a table in the graph offers the pattern wizards
 * that apply to it below the diagram's own entries, and the wizard it opens puts its phases into the plan editor.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class GraphPatternMenuTest {
    private static final String TABLE = "table:orders.public.order_items";
    private static final String SKU = "column:orders.public.order_items.sku";
    private static Stage stage;
    private static MainViewModel viewModel;
    private static FxTaskRunner tasks;
    private final FxRobot robot = new FxRobot();

    @BeforeAll
    static void open() throws Exception {
        stage = HeadlessToolkit.start();
        FxToolkit.setupStage(s -> {
            DemoWindow window = DemoWindow.show(s, (view, model) -> { });
            tasks = window.tasks();
            viewModel = window.viewModel();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.graphProperty().get() != null);
        new FxRobot().interact(() -> {
            viewModel.tree().select(viewModel.tree().find("orders/public/order_items/sku").orElseThrow());
            viewModel.showInGraph();
        });
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.graph().pictureProperty().get() != null
                && !viewModel.graph().drawingProperty().get());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @AfterAll
    static void close() throws Exception {
        FxToolkit.cleanupStages();
        tasks.shutdown();
    }

    @Test
    @Order(2)
    void aColumnOffersItsWizardsAndTheRenameGoesIntoTheEditor() throws Exception {
        Rect row = viewModel.graph().pictureProperty().get().layout().row(TABLE, SKU);
        ContextMenu menu = rightClick(row.x() + row.width() / 2, row.y() + row.height() / 2);

        assertThat(viewModel.graph().pointedProperty().get()).isEqualTo(SKU);
        assertThat(menu.getItems()).extracting(MenuItem::getText).contains("Show its neighbourhood");
        assertThat(visible(menu)).containsExactly("Rename column safely…", "Change type safely…",
                "Add foreign key safely…", "Add unique safely…", "Split column…");
        MenuItem rename = menu.getItems().stream().filter(i -> "graph-rename-column".equals(i.getId()))
                .findFirst().orElseThrow();
        robot.interact(() -> {
            menu.hide();
            rename.fire();
        });
        WaitForAsyncUtils.waitForFxEvents();

        Node wizard = robot.lookup("#patternWizard").query();
        assertThat(robot.from(wizard).lookup(".code").queryAllAs(Label.class)).extracting(Label::getText)
                .contains("orders.public.order_items.sku");
        robot.clickOn("#wizardField-newName").write("item_sku");
        robot.clickOn("#wizardNext");
        robot.clickOn("#wizardFinish");
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> viewModel.planEditor().planProperty().get() != null);
        assertThat(viewModel.planEditor().planProperty().get().phases()).extracting(Phase::id)
                .containsExactly("expand", "migrate", "switch", "contract");
        assertThat(viewModel.planEditor().fileProperty().get()).as("nothing written yet").isNull();
    }

    @Test
    @Order(1)
    void aTableHeaderOffersTheTableWizards() throws Exception {
        Rect box = viewModel.graph().pictureProperty().get().layout().boxes().get(TABLE);
        ContextMenu menu = rightClick(box.x() + box.width() / 2, box.y() + 6);

        assertThat(viewModel.graph().pointedProperty().get()).isEqualTo(TABLE);
        assertThat(visible(menu)).containsExactly("Add NOT NULL column…", "Add foreign key safely…",
                "Add unique safely…", "Move table to service…");
        robot.interact(menu::hide);
    }

    /** Secondary-clicks the diagram at a point of the picture and returns the context menu it shows. */
    private ContextMenu rightClick(double sceneX, double sceneY) throws Exception {
        ViewportState v = viewModel.graph().viewport();
        Node canvas = robot.lookup("#graphCanvas").query();
        Point2D screen = WaitForAsyncUtils.asyncFx(() -> canvas.localToScreen(
                sceneX * v.zoom().get() + v.offsetX().get(), sceneY * v.zoom().get() + v.offsetY().get())).get();
        assertThat(WaitForAsyncUtils.asyncFx(() -> canvas.getLayoutBounds().contains(canvas.screenToLocal(screen)))
                .get()).as("the point is in view").isTrue();
        robot.clickOn(screen, MouseButton.SECONDARY);
        WaitForAsyncUtils.waitForFxEvents();
        return Window.getWindows().stream().filter(w -> w instanceof ContextMenu m && m.isShowing())
                .map(w -> (ContextMenu) w).findFirst().orElseThrow(() -> new AssertionError("no context menu"));
    }

    /** The pattern items the menu shows. */
    private static List<String> visible(ContextMenu menu) {
        return menu.getItems().stream().filter(i -> i.getId() != null && i.getId().startsWith("graph-"))
                .filter(MenuItem::isVisible).map(MenuItem::getText).toList();
    }
}
