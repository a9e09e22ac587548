package dev.phaseshift.app.editor;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** The editor's questions as real dialogs over the main window. */
public final class FxPlanFileDialogs implements PlanFileDialogs {
    private final Supplier<Window> owner;

    public FxPlanFileDialogs(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Save plan");
        chooser.setInitialFileName(suggestedName);
        chooser.getExtensionFilters().addAll(new FileChooser.ExtensionFilter("Plan files", "*.plan.yaml", "*.yaml",
                "*.yml", "*.json"), new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File chosen = chooser.showSaveDialog(owner.get());
        return Optional.ofNullable(chosen).map(File::toPath);
    }

    @Override
    public UnsavedChoice askUnsaved(String planName) {
        ButtonType save = new ButtonType("Save", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Don't save", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Plan \"" + planName + "\" has unsaved changes.",
                save, discard, ButtonType.CANCEL);
        alert.setTitle("Unsaved changes");
        alert.setHeaderText("Save the changes to \"" + planName + "\"?");
        alert.initOwner(owner.get());
        ButtonType answer = alert.showAndWait().orElse(ButtonType.CANCEL);
        return answer == save ? UnsavedChoice.SAVE : answer == discard ? UnsavedChoice.DISCARD : UnsavedChoice.CANCEL;
    }

    @Override
    public boolean askRecover(String what) {
        ButtonType restore = new ButtonType("Restore", ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType("Discard", ButtonBar.ButtonData.NO);
        Alert alert = new Alert(Alert.AlertType.CONFIRMATION, "Phaseshift stopped last time before the "
                + what + " was saved.", restore, discard);
        alert.setTitle("Restore unsaved plan");
        alert.setHeaderText("Restore the unsaved plan?");
        alert.initOwner(owner.get());
        return alert.showAndWait().orElse(discard) == restore;
    }
}
