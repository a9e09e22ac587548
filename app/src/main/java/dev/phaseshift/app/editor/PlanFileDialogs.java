package dev.phaseshift.app.editor;

import java.nio.file.Path;
import java.util.Optional;

/** The questions the plan editor asks; the FX implementation shows real dialogs, tests answer them in advance. */
public interface PlanFileDialogs {
    /** Answers every question with no: never saves, discards, or restores anything. */
    PlanFileDialogs CANCELLING = new PlanFileDialogs() {
        @Override
        public Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName) {
            return Optional.empty();
        }

        @Override
        public UnsavedChoice askUnsaved(String planName) {
            return UnsavedChoice.CANCEL;
        }

        @Override
        public boolean askRecover(String what) {
            return false;
        }
    };

    /** What to do with unsaved changes. */
    enum UnsavedChoice { SAVE, DISCARD, CANCEL }

    /** Asks where to save a plan, proposing {@code suggestedName} in {@code initialDirectory} (may be null). */
    Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName);

    /** Asks whether to save the changes to plan {@code planName} before they would be lost. */
    UnsavedChoice askUnsaved(String planName);

    /** Asks whether to restore a plan left unsaved when the app last stopped; {@code what} describes it. */
    boolean askRecover(String what);
}
