package dev.phaseshift.app.editor;

import dev.phaseshift.app.fixtures.InMemorySettingsStore;
import dev.phaseshift.app.fixtures.RecordingDialogService;
import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.plan.PlanSource;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.task.InlineTaskRunner;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.file.PlanFile;
import javafx.beans.property.SimpleObjectProperty;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;

/**
 * The editing half of the kill drill, as a process of its own: opens the plan file named by the first argument in
 * the editor (recovery file where {@value RecoveryStore#DIR_PROPERTY} says), edits it without saving, prints
 * {@code EDITED} and the edited plan's YAML in Base64, then waits to be killed.
 */
public final class RecoveryDrillMain {
    private RecoveryDrillMain() {
    }

    public static void main(String[] args) throws Exception {
        PlanEditorViewModel editor = new PlanEditorViewModel(new InlineTaskRunner(),
                new SimpleObjectProperty<Estate>(), new RecordingDialogService(), new RecordingPlanFileDialogs(),
                RecoveryStore.forCurrentUser(), new AppSettings(new InMemorySettingsStore()),
                new LogViewModel(Clock.systemUTC()), Duration.ZERO);
        editor.open(PlanSource.file(Path.of(args[0])));
        editor.moveDeployment(new DeploymentRef("switch", 0), "expand");
        editor.selectStep("customers-customers-backfill-phone_number");
        editor.stepForm().field("batch_size").orElseThrow().textProperty().set("250");
        editor.removeStep("shipping-shipping_addresses-verify-phone_number");
        String yaml = PlanFile.toYaml(editor.planProperty().get());
        System.out.println("EDITED " + Base64.getEncoder().encodeToString(yaml.getBytes(StandardCharsets.UTF_8)));
        System.out.flush();
        Thread.sleep(Long.MAX_VALUE);
    }
}
