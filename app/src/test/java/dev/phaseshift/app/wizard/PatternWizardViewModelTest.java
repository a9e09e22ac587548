package dev.phaseshift.app.wizard;

import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.editor.PlanEditorViewModel;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WorkspaceTab;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The pattern wizards on the demo estate, without the toolkit: impact first, then the phases, then the plan. */
class PatternWizardViewModelTest {
    @TempDir
    Path dir;

    private final MainViewModel main = new MainViewModel(new InlineTaskRunner(),
            new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(), Clock.systemUTC());

    @BeforeEach
    void openDemo() {
        main.start(List.of());
    }

    private EstateItem item(String path) {
        return main.tree().find(path).orElseThrow(() -> new AssertionError("no tree item " + path));
    }

    private PatternWizardViewModel wizard(PatternKind kind, String path) {
        return main.planTools().wizard(kind, item(path)).orElseThrow();
    }

    @Test
    void renamingAColumnAnotherServiceReadsShowsThatConsumerAndDeploysItsNextVersion() throws Exception {
        PatternWizardViewModel wizard = wizard(PatternKind.RENAME_COLUMN, "orders/public/order_items/sku");

        assertThat(wizard.impact().services()).startsWith("orders").contains("shipping");
        assertThat(wizard.impact().consumers()).singleElement().satisfies(c -> {
            assertThat(c.reason()).isEqualTo("shipping v3 reads orders.public.order_items.sku via replica");
            assertThat(c.toProperty().get()).isEqualTo("v4");
            assertThat(c.includedProperty().get()).isTrue();
        });
        assertThat(wizard.canNextBinding().get()).as("the new name is required").isFalse();

        wizard.fields().get(0).valueProperty().set("item_sku");
        wizard.next();

        assertThat(wizard.problems()).isEmpty();
        assertThat(wizard.phases()).extracting(PhasePreview::id)
                .containsExactly("expand", "migrate", "switch", "contract");
        assertThat(wizard.phases().get(2).deployments()).containsExactly("shipping: v3 -> v4");
        assertThat(wizard.destination()).contains("new plan, not saved yet");
        wizard.finish();

        assertThat(wizard.finishedProperty().get()).isTrue();
        // the phases open in the editor as a new plan that no file holds yet, checked like any other
        PlanEditorViewModel editor = main.planEditor();
        assertThat(main.selectedTabProperty().get()).isEqualTo(WorkspaceTab.PLAN_EDITOR);
        assertThat(editor.planProperty().get().phases()).extracting(Phase::id)
                .containsExactly("expand", "migrate", "switch", "contract");
        assertThat(editor.planProperty().get().stepCount()).isEqualTo(wizard.resultProperty().get().stepCount());
        assertThat(editor.fileProperty().get()).isNull();
        assertThat(editor.dirtyBinding().get()).isTrue();
        assertThat(editor.reviewProperty().get().status()).endsWith("every live consumer compatible");
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo rename column safely "
                + "orders.public.order_items.sku");

        editor.undo();
        assertThat(editor.planProperty().get().phases()).as("undo takes the whole wizard result back").isEmpty();
    }

    @Test
    void aPatternThatRefusesSaysWhyAndCannotFinish() {
        PatternWizardViewModel wizard = wizard(PatternKind.RENAME_COLUMN, "customers/public/customers/id");
        wizard.fields().get(0).valueProperty().set("customer_id");

        wizard.next();

        assertThat(wizard.problems()).singleElement().asString().contains("column-in-use");
        assertThat(wizard.canFinishBinding().get()).isFalse();
        wizard.back();
        assertThat(wizard.pageProperty().get()).isEqualTo(PatternWizardViewModel.INTENT);
    }

    @Test
    void theOpenPlanGetsTheNewPhasesMergedIntoItsOwnAsOneEditUndoTakesBack() throws Exception {
        Path plan = dir.resolve("priority.plan.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/plans/orders-priority.plan.yaml")) {
            Files.write(plan, in.readAllBytes());
        }
        main.openPlan(plan);
        String onDisk = Files.readString(plan);
        PlanEditorViewModel editor = main.planEditor();
        Plan before = editor.planProperty().get();
        PatternWizardViewModel wizard = wizard(PatternKind.ADD_NOT_NULL_COLUMN, "orders/public/orders");
        wizard.fields().get(0).valueProperty().set("gift_wrap");
        wizard.fields().get(1).valueProperty().set("boolean");
        wizard.fields().get(2).valueProperty().set("false");
        wizard.next();

        assertThat(wizard.problems()).isEmpty();
        assertThat(wizard.destination()).contains("\"" + before.name() + "\"").contains("Ctrl+Z");
        wizard.finish();

        Plan after = editor.planProperty().get();
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.phases()).extracting(Phase::id).isEqualTo(before.phases().stream().map(Phase::id).toList());
        assertThat(after.stepCount()).isEqualTo(2 * before.stepCount());
        assertThat(editor.fileProperty().get()).isEqualTo(plan);
        assertThat(editor.dirtyBinding().get()).isTrue();
        assertThat(Files.readString(plan)).as("the wizard writes no file; Save does").isEqualTo(onDisk);
        assertThat(editor.reviewProperty().get().status()).startsWith("no errors");

        editor.undo();
        assertThat(editor.planProperty().get()).isEqualTo(before);
        assertThat(editor.dirtyBinding().get()).isFalse();
    }

    @Test
    void phasesThatTheSimulationRejectsAreShownAndCannotBeInserted() {
        PatternWizardViewModel wizard = wizard(PatternKind.RENAME_COLUMN, "customers/public/customers/locale");
        wizard.fields().get(0).valueProperty().set("locale_code");

        wizard.next();

        assertThat(wizard.problems()).anyMatch(p -> p.contains("active_customers"));
        assertThat(wizard.canFinishBinding().get()).isFalse();
    }

    @Test
    void eachPatternOffersItselfOnlyWhereItApplies() {
        EstateItem column = item("customers/public/customers/locale");
        EstateItem table = item("orders/public/orders");
        assertThat(List.of(PatternKind.values())).filteredOn(k -> k.appliesTo(column)).containsExactly(
                PatternKind.RENAME_COLUMN, PatternKind.CHANGE_COLUMN_TYPE, PatternKind.ADD_FOREIGN_KEY,
                PatternKind.ADD_UNIQUE, PatternKind.SPLIT_COLUMN);
        assertThat(List.of(PatternKind.values())).filteredOn(k -> k.appliesTo(table)).containsExactly(
                PatternKind.ADD_NOT_NULL_COLUMN, PatternKind.ADD_FOREIGN_KEY, PatternKind.ADD_UNIQUE,
                PatternKind.MOVE_TABLE);
        assertThat(main.planTools().wizard(PatternKind.MOVE_TABLE, column)).isEmpty();
    }
}
