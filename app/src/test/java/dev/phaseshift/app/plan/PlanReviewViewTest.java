package dev.phaseshift.app.plan;

import atlantafx.base.theme.PrimerLight;
import dev.phaseshift.app.fixtures.HeadlessToolkit;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import javafx.application.Application;
import javafx.beans.property.SimpleObjectProperty;
import javafx.embed.swing.SwingFXUtils;

import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TabPane;
import javafx.scene.control.TableView;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
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
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Objects;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Plan review tab on its own, on plans that go wrong: what a reviewer sees of a plan file that does not read,
 * and of a plan that breaks a live consumer. Leaves {@code target/screenshots/plan-review-*.png} behind.
 */
class PlanReviewViewTest {
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");
    private static Stage stage;
    private static Estate demo;

    @TempDir
    Path dir;

    private final FxRobot robot = new FxRobot();
    private PlanReviewViewModel viewModel;

    @BeforeAll
    static void start() throws Exception {
        stage = HeadlessToolkit.start();
        demo = DemoEstate.load();
    }

    @AfterAll
    static void stop() throws Exception {
        FxToolkit.cleanupStages();
    }

    private void show() throws Exception {
        FxToolkit.setupStage(s -> {
            Application.setUserAgentStylesheet(new PrimerLight().getUserAgentStylesheet());
            viewModel = new PlanReviewViewModel(new InlineTaskRunner(), new SimpleObjectProperty<>(demo),
                    new RecordingDialogService(), new LogViewModel(Clock.systemUTC()));
            Scene scene = new Scene(new PlanReviewView(viewModel), 900, 640);
            scene.getStylesheets().add(Objects.requireNonNull(
                    PlanReviewViewTest.class.getResource("/dev/phaseshift/app/phaseshift.css")).toExternalForm());
            s.setScene(scene);
            s.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void aPlanThatDoesNotReadShowsEachProblemWithItsLineAndCannotBeExported() throws Exception {
        Path bad = dir.resolve("bad.plan.yaml");
        Files.writeString(bad, """
                format: phaseshift/plan@1
                name: bad
                phases:
                  - id: contract
                    kinds: contract
                """);
        show();

        robot.interact(() -> viewModel.open(PlanSource.file(bad)));

        List<String> problems = all("#planProblems .label", Label.class).stream()
                .map(Label::getText).toList();
        assertThat(problems).hasSize(2).anyMatch(p -> p.contains("bad.plan.yaml:5:5: error: unknown key \"kinds\""));
        assertThat(one("#planStatus", Label.class).getText())
                .isEqualTo("the plan does not read: 2 problems");
        assertThat(one("#planExport", Button.class).isDisabled()).isTrue();
        assertThat(one("#planReload", Button.class).isDisabled()).isFalse();
        screenshot("plan-review-problems.png");
    }

    @Test
    void aPlanThatBreaksALiveConsumerShowsARedCellAndSelectingAStepFiltersTheFindings() throws Exception {
        Path plan = dir.resolve("drop-sku.plan.yaml");
        Files.writeString(plan, """
                format: phaseshift/plan@1
                name: drop sku and add code at once
                phases:
                  - id: contract
                    kind: contract
                    steps:
                      - id: drop-sku
                        service: orders
                        operation:
                          drop_column:
                            table: order_items
                            column: sku
                      - id: add-code
                        service: orders
                        operation:
                          add_column:
                            table: order_items
                            column:
                              name: code
                              type: varchar(20)
                """);
        show();

        robot.interact(() -> viewModel.open(PlanSource.file(plan)));

        assertThat(one("#planStatus", Label.class).getText()).endsWith("consumer break");
        assertThat(one("#planBreaks", Label.class).getStyleClass()).contains("badge-danger");
        TabPane details = one("#planDetails", TabPane.class);
        robot.interact(() -> details.getSelectionModel().select(2));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(all("#planMatrix .matrix-cell", Label.class).stream()
                .filter(l -> l.getStyleClass().contains("matrix-breaks")).map(Label::getText)).containsExactly("✗");
        assertThat(all("#planReasons .label", Label.class)).extracting(Label::getText)
                .anyMatch(t -> t.startsWith("shipping v3 at contract: breaks — shipping v3 reads"));
        screenshot("plan-review-breaks.png");

        robot.interact(() -> details.getSelectionModel().select(0));
        @SuppressWarnings("unchecked")
        TreeTableView<PlanRow> steps = one("#planSteps", TreeTableView.class);
        TableView<?> findings = one("#planFindings", TableView.class);
        int all = findings.getItems().size();
        robot.interact(() -> {
            TreeItem<PlanRow> dropSku = steps.getRoot().getChildren().get(0).getChildren().get(0);
            steps.getSelectionModel().select(dropSku);
        });
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(findings.getItems()).allMatch(f -> ((FindingLine) f).stepId().equals("drop-sku"));
        assertThat(one("#planFindingsCaption", Label.class).getText())
                .isEqualTo(PlanReview.plural(findings.getItems().size(), "finding") + " of step drop-sku (of "
                        + all + ")");
        screenshot("plan-review-step-selected.png");
    }

    /** Looks in the shown scene only, not in windows left over from an earlier test. */
    private static <T> T one(String selector, Class<T> type) {
        return type.cast(stage.getScene().getRoot().lookup(selector));
    }

    private static <T> List<T> all(String selector, Class<T> type) {
        return stage.getScene().getRoot().lookupAll(selector).stream().map(type::cast).toList();
    }

    private void screenshot(String fileName) throws IOException {
        WritableImage image = WaitForAsyncUtils.waitFor(
                WaitForAsyncUtils.asyncFx(() -> stage.getScene().getRoot().snapshot(null, null)));
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(fileName);
        ImageIO.write(SwingFXUtils.fromFXImage(image, null), "png", file.toFile());
        assertThat(file).isNotEmptyFile();
    }

}
