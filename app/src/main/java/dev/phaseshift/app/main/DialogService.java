package dev.phaseshift.app.main;

import java.nio.file.Path;
import java.util.Optional;

/** The dialogs view models may open; the FX implementation shows real ones, tests record the calls. */
public interface DialogService {

    /** Tells the user something failed; {@code message} is shown as it is, so it must not be a stack trace. */
    void showError(String title, String message);

    /** Asks for an estate file to open, starting in {@code initialDirectory} when it is not null. */
    Optional<Path> chooseEstateFile(Path initialDirectory);

    /** Asks for a plan file to open, starting in {@code initialDirectory} when it is not null. */
    Optional<Path> choosePlanFile(Path initialDirectory);

    /** Asks where to save an HTML report, proposing {@code suggestedName}. */
    Optional<Path> chooseReportFile(String suggestedName);

    void showAbout(AboutInfo about);
}
