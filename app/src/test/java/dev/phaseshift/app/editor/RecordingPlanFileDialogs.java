package dev.phaseshift.app.editor;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Answers the editor's questions with preset answers and records what it asked. */
final class RecordingPlanFileDialogs implements PlanFileDialogs {
    private Path saveTo;
    private UnsavedChoice unsaved = UnsavedChoice.CANCEL;
    private boolean recover;
    private final List<String> asked = new ArrayList<>();

    @Override
    public Optional<Path> chooseSaveFile(Path initialDirectory, String suggestedName) {
        asked.add("save as " + suggestedName);
        return Optional.ofNullable(saveTo);
    }

    @Override
    public UnsavedChoice askUnsaved(String planName) {
        asked.add("unsaved " + planName);
        return unsaved;
    }

    @Override
    public boolean askRecover(String what) {
        asked.add("recover " + what);
        return recover;
    }

    void willSaveTo(Path file) {
        saveTo = file;
    }

    void willAnswerUnsaved(UnsavedChoice choice) {
        unsaved = choice;
    }

    void willRecover(boolean answer) {
        recover = answer;
    }

    List<String> asked() {
        return List.copyOf(asked);
    }
}
