package dev.phaseshift.app.editor;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.plan.CellVerdict;
import dev.phaseshift.app.plan.MatrixMark;
import dev.phaseshift.app.plan.MatrixRow;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.time.Clock;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The rename wizard's plan in the editor, without the toolkit, on the bundled demo estate: where shipping's next
 * release may go. The estate declares only v3; the plan check assumes v4 reads what v3 reads under the plan's
 * rename ({@code item_sku}). A deployment happens after its phase's steps, so one phase earlier than the wizard puts
 * it is still safe; two phases earlier is not.
 */
class WizardPlanInTheEditorTest {
    @TempDir
    Path dir;

    private final MainViewModel main = new MainViewModel(new InlineTaskRunner(),
            new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(), Clock.systemUTC());
    private PlanEditorViewModel editor;

    @BeforeEach
    void renameSku() throws Exception {
        main.openDemoEstate();
        EditorFixtures.renameSku(main);
        editor = main.planEditor();
    }

    @Test
    void theWizardDeploysTheNewReleaseAfterSwitchAndTheMatrixIsGreen() {
        assertThat(editor.columns().get(2).deployments()).containsExactly("shipping v3 → v4");
        assertThat(cell("shipping v4", "switch").verdict()).isEqualTo(CellVerdict.COMPATIBLE);
        assertThat(editor.reviewProperty().get().breaks()).isZero();
        assertThat(editor.matrix()).filteredOn(r -> r.version().equals("shipping v4")).singleElement()
                .extracting(MatrixRow::assumption).asString()
                .isEqualTo("shipping v4 is not declared in the estate: assumed to use what shipping v3 uses, under "
                        + "the plan's renames and moves");
    }

    @Test
    void afterMigrateItIsStillSafeAfterExpandItReadsAColumnTheBackfillHasNotFilled() {
        editor.moveDeployment(new DeploymentRef("switch", 0), "migrate");
        assertThat(editor.reviewProperty().get().breaks()).as("the backfill ran in migrate").isZero();
        assertThat(cell("shipping v4", "migrate").verdict()).isEqualTo(CellVerdict.COMPATIBLE);

        editor.moveDeployment(new DeploymentRef("migrate", 0), "expand");
        MatrixMark red = cell("shipping v4", "expand");
        assertThat(red.verdict()).isEqualTo(CellVerdict.BREAKS);
        assertThat(red.explanation()).contains("item_sku").contains("only from the backfill in phase migrate");

        editor.undo();
        editor.undo();
        assertThat(editor.columns().get(2).deployments()).containsExactly("shipping v3 → v4");
        assertThat(editor.reviewProperty().get().breaks()).isZero();
    }

    private MatrixMark cell(String version, String state) {
        int column = editor.states().indexOf(state);
        return editor.matrix().stream().filter(r -> r.version().equals(version)).map(MatrixRow::marks)
                .findFirst().orElseThrow(() -> new AssertionError("no matrix row " + version)).get(column);
    }
}
