package dev.phaseshift.app.wizard;

import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WorkspaceTab;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
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
        Path file = dir.resolve("locale.plan.yaml");
        wizard.planFileProperty().set(file.toString());
        wizard.finish();

        assertThat(wizard.finishedProperty().get()).isTrue();
        Plan written = PlanFile.read(file);
        assertThat(written.stepCount()).isEqualTo(wizard.resultProperty().get().stepCount());
        // the written plan opens for editing (and for review behind it)
        assertThat(main.selectedTabProperty().get()).isEqualTo(WorkspaceTab.PLAN_EDITOR);
        assertThat(main.planEditor().planProperty().get().phases()).hasSize(4);
        assertThat(main.planReview().phases()).hasSize(4);
        assertThat(main.planReview().statusProperty().get()).endsWith("every live consumer compatible");
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
    void anOpenPlanCanBeAmendedWithTheNewPhasesMergedIntoItsOwn() throws Exception {
        Path plan = dir.resolve("priority.plan.yaml");
        try (var in = getClass().getClassLoader().getResourceAsStream("demo/plans/orders-priority.plan.yaml")) {
            Files.write(plan, in.readAllBytes());
        }
        main.openPlan(plan);
        Plan before = PlanFile.read(plan);
        PatternWizardViewModel wizard = wizard(PatternKind.ADD_NOT_NULL_COLUMN, "orders/public/orders");
        wizard.fields().get(0).valueProperty().set("gift_wrap");
        wizard.fields().get(1).valueProperty().set("boolean");
        wizard.fields().get(2).valueProperty().set("false");
        wizard.next();
        wizard.addToOpenPlanProperty().set(true);

        assertThat(wizard.planFileProperty().get()).isEqualTo(plan.toString());
        assertThat(wizard.problems()).isEmpty();
        wizard.finish();
        assertThat(wizard.messageProperty().get()).startsWith("Wrote");

        Plan after = PlanFile.read(plan);
        assertThat(after.name()).isEqualTo(before.name());
        assertThat(after.phases()).extracting(p -> p.id()).isEqualTo(before.phases().stream().map(p -> p.id()).toList());
        assertThat(after.stepCount()).isEqualTo(2 * before.stepCount());
        assertThat(main.planReview().statusProperty().get()).startsWith("no errors");
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
