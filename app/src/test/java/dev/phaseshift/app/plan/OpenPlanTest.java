package dev.phaseshift.app.plan;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WorkspaceTab;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Opening plans from the main window: the file chooser, the demo plans, the Plan review and Plan editor tabs. */
class OpenPlanTest {
    @TempDir
    Path dir;

    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final MainViewModel main = new MainViewModel(new InlineTaskRunner(),
            new AppSettings(new InMemorySettingsStore()), dialogs, Clock.systemUTC());

    @Test
    void aChosenPlanFileOpensInThePlanEditorAndThePlanReviewTab() throws IOException {
        main.start(List.of());
        Path plan = dir.resolve("priority.plan.yaml");
        try (var in = OpenPlanTest.class.getClassLoader().getResourceAsStream(
                "demo/plans/orders-priority.plan.yaml")) {
            Files.write(plan, in.readAllBytes());
        }
        dialogs.willChoosePlan(plan);

        main.chooseAndOpenPlan();

        assertThat(main.tabs()).contains(WorkspaceTab.PLAN_REVIEW, WorkspaceTab.PLAN_EDITOR);
        assertThat(main.selectedTabProperty().get()).isEqualTo(WorkspaceTab.PLAN_EDITOR);
        assertThat(main.planEditor().planProperty().get().name()).isEqualTo("add fulfilment_priority to orders");
        assertThat(main.planReview().nameProperty().get()).isEqualTo("add fulfilment_priority to orders");
        assertThat(main.planReview().originProperty().get()).isEqualTo(plan.toAbsolutePath().normalize().toString());
        assertThat(main.planReview().statusProperty().get())
                .isEqualTo("no errors, no warnings · every live consumer compatible");
    }

    @Test
    void aFileThatIsNotAPlanOpensInTheReviewWithItsProblemsAndNotInTheEditor() throws IOException {
        main.start(List.of());
        Path bad = Files.writeString(dir.resolve("bad.plan.yaml"), "format: phaseshift/plan@1\nname: bad\nphases: 3\n");
        dialogs.willChoosePlan(bad);

        main.chooseAndOpenPlan();

        assertThat(main.selectedTabProperty().get()).isEqualTo(WorkspaceTab.PLAN_REVIEW);
        assertThat(main.tabs()).doesNotContain(WorkspaceTab.PLAN_EDITOR);
        assertThat(main.planReview().problems()).isNotEmpty();
        assertThat(main.planEditor().planProperty().get()).isNull();
        assertThat(dialogs.errors()).isEmpty();
    }

    @Test
    void theDemoPlansOpenOnlyBesideTheDemoEstate() {
        assertThat(main.demoEstateOpenBinding().get()).isFalse();
        main.openDemoPlan("rename-phone");
        assertThat(main.tabs()).doesNotContain(WorkspaceTab.PLAN_REVIEW);
        assertThat(main.statusMessageProperty().get()).startsWith("Open an estate first");

        main.start(List.of());
        assertThat(main.demoEstateOpenBinding().get()).isTrue();
        main.openDemoPlan("rename-phone");

        assertThat(main.selectedTabProperty().get()).isEqualTo(WorkspaceTab.PLAN_EDITOR);
        assertThat(main.planReview().phases()).hasSize(4);
        assertThat(main.planEditor().columns()).hasSize(4);
    }

    @Test
    void closingTheEstateClosesThePlanReview() {
        main.start(List.of());
        main.openDemoPlan("orders-priority");

        main.closeEstate();

        assertThat(main.tabs()).containsExactly(WorkspaceTab.WELCOME);
        assertThat(main.planReview().sourceProperty().get()).isNull();
    }
}
