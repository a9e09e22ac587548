package dev.phaseshift.app.editor;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.main.MainViewModel;
import dev.phaseshift.app.main.WorkspaceTab;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.plan.file.PlanFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An editing process killed with SIGKILL right after its edits, and the app started again on the same recovery
 * directory: it offers the unsaved plan back, complete, belonging to the file it was opened from.
 */
class RecoveryAfterKillTest {
    @TempDir
    Path dir;

    @Test
    void theAppStartedAfterAKillOffersTheUnsavedPlanBackComplete() throws Exception {
        Path plan = EditorFixtures.renamePhone(dir);
        byte[] original = Files.readAllBytes(plan);
        Path recoveryDir = dir.resolve("recovery");
        Process editing = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-D" + RecoveryStore.DIR_PROPERTY + "=" + recoveryDir,
                RecoveryDrillMain.class.getName(), plan.toString()))
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        String expected;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(editing.getInputStream(),
                StandardCharsets.UTF_8))) {
            expected = out.lines().filter(l -> l.startsWith("EDITED ")).findFirst()
                    .map(l -> new String(Base64.getDecoder().decode(l.substring(7)), StandardCharsets.UTF_8))
                    .orElseThrow(() -> new AssertionError("the editing process stopped before its edits"));
            editing.destroyForcibly(); // SIGKILL: no shutdown hook, no clean close
            assertThat(editing.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(editing.exitValue()).isEqualTo(128 + 9);
        assertThat(Files.readAllBytes(plan)).as("the plan file was never saved").isEqualTo(original);

        RecordingPlanFileDialogs answers = new RecordingPlanFileDialogs();
        answers.willRecover(true);
        MainViewModel restarted = new MainViewModel(new InlineTaskRunner(),
                new AppSettings(new InMemorySettingsStore()), new RecordingDialogService(), answers,
                new RecoveryStore(recoveryDir), Clock.systemUTC());
        restarted.start(List.of());

        assertThat(answers.asked()).containsExactly("recover plan \"rename phone to phone_number\" with 13 steps, from "
                + plan.toAbsolutePath().normalize());
        PlanEditorViewModel editor = restarted.planEditor();
        assertThat(PlanFile.toYaml(editor.planProperty().get())).isEqualTo(expected).contains("batch_size: 250\n");
        assertThat(editor.fileProperty().get()).isEqualTo(plan.toAbsolutePath().normalize());
        assertThat(editor.dirtyBinding().get()).isTrue();
        assertThat(restarted.tabs()).contains(WorkspaceTab.PLAN_EDITOR);
        assertThat(new ArrayList<>(editor.columns().get(0).deployments())).containsExactly("customers v1 → v2");
    }
}
