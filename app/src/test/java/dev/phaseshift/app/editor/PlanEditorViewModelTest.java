package dev.phaseshift.app.editor;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.plan.CellVerdict;
import dev.phaseshift.app.plan.MatrixMark;
import dev.phaseshift.app.plan.MatrixRow;
import dev.phaseshift.app.plan.PlanSource;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.file.PlanFile;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** Editing a plan without the toolkit: edits, undo and redo, the step form, live analysis and the files. */
class PlanEditorViewModelTest {
    private static final String DEPLOYMENT = "customers v1 → v2";

    @TempDir
    Path dir;

    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>();
    private final RecordingDialogService dialogs = new RecordingDialogService();
    private final RecordingPlanFileDialogs fileDialogs = new RecordingPlanFileDialogs();
    private AppSettings settings;
    private RecoveryStore recovery;
    private PlanEditorViewModel editor;
    private Path planFile;

    @BeforeEach
    void open() throws Exception {
        estate.set(EditorFixtures.estate(dir.resolve("estate")));
        planFile = EditorFixtures.renamePhone(dir);
        settings = new AppSettings(new InMemorySettingsStore());
        recovery = new RecoveryStore(dir.resolve("recovery"));
        editor = new PlanEditorViewModel(new InlineTaskRunner(), estate, dialogs, fileDialogs, recovery, settings,
                new LogViewModel(Clock.systemUTC()), Duration.ZERO);
        assertThat(editor.open(PlanSource.file(planFile))).isTrue();
    }

    @Test
    void aPlanOpensAsColumnsOfCardsWithLockBadgesAndAGreenMatrix() {
        assertThat(editor.columns()).extracting(PhaseColumn::phaseId)
                .containsExactly("expand", "migrate", "switch", "contract");
        PhaseColumn expand = editor.columns().get(0);
        assertThat(expand.steps()).hasSize(5);
        StepCard add = expand.steps().get(0);
        assertThat(add.summary()).isEqualTo("add_column customers · phone_number");
        assertThat(add.lock()).isEqualTo("ACCESS EXCLUSIVE ~0 s");
        assertThat(expand.steps().get(2).lock()).isEqualTo("INSTANT");
        assertThat(editor.columns().get(2).deployments()).containsExactly(DEPLOYMENT, "shipping v3 → v4");
        assertThat(cell("customers v2", "expand").verdict()).isEqualTo(CellVerdict.NOT_LIVE);
        assertThat(editor.reviewProperty().get().breaks()).isZero();
        assertThat(editor.dirtyBinding().get()).isFalse();
    }

    @Test
    void aDeploymentMovedBeforeTheBackfillBreaksTheMatrixAndUndoMendsIt() {
        editor.moveDeployment(new DeploymentRef("switch", 0), "expand");

        MatrixMark red = cell("customers v2", "expand");
        assertThat(red.verdict()).isEqualTo(CellVerdict.BREAKS);
        assertThat(red.reason()).contains("phone_number");
        assertThat(editor.columns().get(0).deployments()).containsExactly(DEPLOYMENT);
        assertThat(editor.dirtyBinding().get()).isTrue();
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo move deployment " + DEPLOYMENT
                + " to after expand");

        editor.selectPhase("contract");
        editor.selectCell(red);
        assertThat(editor.selectedDeploymentProperty().get()).isEqualTo(new DeploymentRef("expand", 0));

        editor.undo();
        assertThat(cell("customers v2", "expand").verdict()).isEqualTo(CellVerdict.NOT_LIVE);
        assertThat(editor.reviewProperty().get().breaks()).isZero();
        assertThat(editor.dirtyBinding().get()).isFalse();

        editor.redo();
        assertThat(cell("customers v2", "expand").verdict()).isEqualTo(CellVerdict.BREAKS);
    }

    @Test
    void aGateIsEditedInPlaceCheckedAsTypedAndUndoneAsOneEdit() {
        assertThat(editor.gateFields("contract", 1)).extracting(GateForm.Field::id, GateForm.Field::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("service", "shipping"),
                        org.assertj.core.groups.Tuple.tuple("version", "v4"));
        assertThat(editor.gateProblem("service", "shiping")).hasValue(
                "service: \"shiping\" is not a service of the estate");
        assertThat(editor.gateProblem("version", "v 5")).hasValue("version: \"v 5\" has a space");
        assertThat(editor.gateProblem("query", " ")).hasValue("query: a query whose single value must be true");

        assertThat(editor.editGate("contract", 1, java.util.Map.of("service", "shiping", "version", "v5")))
                .isFalse();
        assertThat(editor.columns().get(3).gates()).contains("wait for shipping v4");
        assertThat(editor.statusProperty().get()).startsWith("Service: \"shiping\"");

        assertThat(editor.editGate("contract", 1, java.util.Map.of("service", "shipping", "version", "v5")))
                .isTrue();
        assertThat(editor.editGate("switch", 0, java.util.Map.of("description", "billing signed off")))
                .isTrue();
        assertThat(editor.columns().get(3).gates()).contains("wait for shipping v5");
        assertThat(editor.columns().get(2).gates()).containsExactly("approval: billing signed off");
        assertThat(editor.dirtyBinding().get()).isTrue();

        editor.undo();
        editor.undo();
        assertThat(editor.columns().get(3).gates()).contains("wait for shipping v4");
        assertThat(editor.dirtyBinding().get()).isFalse();
    }

    @Test
    void phasesAreAddedRenamedMovedAndDeleted() {
        editor.addPhase(PhaseKind.MIGRATE);
        editor.renamePhase("migrate-2", "cleanup");
        editor.movePhase("cleanup", -2);
        assertThat(editor.columns()).extracting(PhaseColumn::title)
                .containsExactly("expand", "migrate", "cleanup (migrate)", "switch", "contract");
        editor.renamePhase("switch", "rollout");
        assertThat(editor.planProperty().get().phase("contract").orElseThrow().dependsOn())
                .containsExactly("rollout");
        editor.removePhase("cleanup");
        assertThat(editor.columns()).extracting(PhaseColumn::phaseId)
                .containsExactly("expand", "migrate", "rollout", "contract");
        editor.renamePhase("rollout", "expand");
        assertThat(editor.statusProperty().get()).isEqualTo("Phase \"expand\" exists already");
    }

    @Test
    void gatesAndDeploymentsAreEditedOnThePhase() {
        editor.addApprovalGate("migrate", "backfill checked on a copy");
        editor.addWaitGate("migrate", "billing v2");
        editor.addDeployment("contract", "billing v1 -> v2");
        editor.addDeployment("contract", "billing");
        assertThat(editor.statusProperty().get()).startsWith("Write a deployment as");

        PhaseColumn migrate = editor.columns().get(1);
        assertThat(migrate.gates()).containsExactly("approval: backfill checked on a copy", "wait for billing v2");
        assertThat(editor.columns().get(3).deployments()).containsExactly("billing v1 → v2");
        assertThat(PlanFile.toYaml(editor.planProperty().get()))
                .contains("- wait_for_deployment:\n          service: billing\n          version: v2\n");

        editor.removeGate("migrate", 0);
        editor.removeDeployment(new DeploymentRef("contract", 0));
        assertThat(editor.columns().get(1).gates()).containsExactly("wait for billing v2");
        assertThat(editor.columns().get(3).deployments()).isEmpty();
    }

    @Test
    void stepsMoveWithinAndBetweenPhases() {
        editor.moveStep("customers-customers-verify-phone_number", "migrate", 0);
        assertThat(editor.columns().get(1).steps()).extracting(StepCard::stepId).startsWith(
                "customers-customers-verify-phone_number", "customers-customers-backfill-phone_number");

        editor.moveStep("customers-customers-drop-phone", "expand", 1);
        assertThat(editor.columns().get(0).steps().get(1).stepId()).isEqualTo("customers-customers-drop-phone");
        // customers v1 still reads the column then
        assertThat(editor.reviewProperty().get().breaks()).isPositive();
    }

    @Test
    void theFormShowsAnInlineErrorForAnInvalidValueAndEditsThePlanOnceItIsFixed() {
        editor.selectStep("customers-customers-backfill-phone_number");
        StepFormViewModel form = editor.stepForm();
        FieldEditor batch = form.field("batch_size").orElseThrow();
        assertThat(batch.textProperty().get()).isEqualTo("5000");

        batch.textProperty().set("50o");
        assertThat(batch.errorProperty().get()).isEqualTo("batch_size: \"50o\" is not a whole number");
        assertThat(editor.dirtyBinding().get()).isFalse();

        batch.textProperty().set("500");
        assertThat(batch.errorProperty().get()).isEmpty();
        assertThat(editor.dirtyBinding().get()).isTrue();
        assertThat(PlanFile.toYaml(editor.planProperty().get())).contains("batch_size: 500\n");

        FieldEditor table = form.field("table").orElseThrow();
        table.textProperty().set("");
        assertThat(table.errorProperty().get()).isEqualTo("table is required");
        table.textProperty().set("customer");
        assertThat(form.problems()).singleElement().asString().contains("table \"customer\"");
        table.textProperty().set("customers");
        assertThat(form.problems()).isEmpty();

        editor.undo(); // the table typed, as one edit
        assertThat(form.field("batch_size").orElseThrow().textProperty().get()).isEqualTo("500");
        editor.undo();
        assertThat(form.field("batch_size").orElseThrow().textProperty().get()).isEqualTo("5000");
        assertThat(editor.dirtyBinding().get()).isFalse();
    }

    @Test
    void thePaletteFindsEveryOperationAndAddsAStepToTheSelectedPhase() {
        assertThat(editor.palette()).hasSize(25);
        editor.searchPalette("index");
        assertThat(editor.palette()).containsExactly("create_index", "drop_index");

        editor.selectPhase("migrate");
        String id = editor.addStep("create_index").orElseThrow();

        assertThat(editor.selectedStepProperty().get()).isEqualTo(id);
        assertThat(editor.columns().get(1).steps()).extracting(StepCard::stepId).endsWith(id);
        assertThat(editor.stepForm().titleProperty().get()).isEqualTo("create_index · " + id);
        assertThat(editor.stepForm().problems()).isNotEmpty();
    }

    @Test
    void aSavedPlanReadsBackAndSavesByteIdentical() throws Exception {
        editor.moveStep("customers-customers-verify-phone_number", "migrate", 0);
        Path copy = dir.resolve("saved.plan.yaml");
        fileDialogs.willSaveTo(copy);

        assertThat(editor.saveAs()).isTrue();
        assertThat(editor.dirtyBinding().get()).isFalse();
        byte[] first = Files.readAllBytes(copy);
        assertThat(editor.open(PlanSource.file(copy))).isTrue();
        assertThat(editor.save()).isTrue();

        assertThat(Files.readAllBytes(copy)).isEqualTo(first);
        assertThat(editor.recentPlans()).startsWith(copy.toAbsolutePath().normalize());
        assertThat(settings.recentPlans().paths()).contains(copy.toAbsolutePath().normalize());
    }

    @Test
    void anUnchangedDemoPlanSavesAsTheBundledFileIs() throws Exception {
        Path copy = dir.resolve("again.plan.yaml");
        fileDialogs.willSaveTo(copy);
        editor.saveAs();
        assertThat(Files.readAllBytes(copy)).isEqualTo(Files.readAllBytes(planFile));
    }

    @Test
    void unsavedChangesAreAskedAboutAndKeptInTheRecoveryFileUntilSaved() {
        editor.removeStep("customers-customers-verify-phone_number");
        assertThat(recovery.load()).isPresent();

        fileDialogs.willAnswerUnsaved(PlanFileDialogs.UnsavedChoice.CANCEL);
        editor.newPlan();
        assertThat(editor.planProperty().get().name()).isEqualTo("rename phone to phone_number");

        PlanEditorViewModel next = new PlanEditorViewModel(new InlineTaskRunner(), estate, dialogs, fileDialogs,
                recovery, settings, new LogViewModel(Clock.systemUTC()), Duration.ZERO);
        fileDialogs.willRecover(true);
        assertThat(next.offerRecovery()).isTrue();
        assertThat(next.planProperty().get().stepCount()).isEqualTo(13);
        assertThat(next.fileProperty().get()).isEqualTo(planFile.toAbsolutePath().normalize());
        assertThat(next.dirtyBinding().get()).isTrue();

        fileDialogs.willAnswerUnsaved(PlanFileDialogs.UnsavedChoice.DISCARD);
        editor.newPlan();
        assertThat(editor.columns()).extracting(PhaseColumn::phaseId)
                .containsExactly("expand", "migrate", "switch", "contract");
        assertThat(recovery.load()).isEmpty();
        assertThat(fileDialogs.asked()).filteredOn(q -> q.startsWith("unsaved")).hasSize(2);
    }

    @Test
    void replacePlanIsOneUndoableEdit() {
        var before = editor.planProperty().get();
        editor.replacePlan(PlanEdits.addPhase(before, PhaseKind.CONTRACT), "apply a pattern");
        assertThat(editor.columns()).hasSize(5);
        assertThat(editor.undoTextProperty().get()).isEqualTo("Undo apply a pattern");
        editor.undo();
        assertThat(editor.planProperty().get()).isEqualTo(before);
    }

    private MatrixMark cell(String version, String state) {
        int column = editor.states().indexOf(state);
        return editor.matrix().stream().filter(r -> r.version().equals(version)).map(MatrixRow::marks)
                .findFirst().orElseThrow().get(column);
    }
}
