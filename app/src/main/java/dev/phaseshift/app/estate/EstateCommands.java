package dev.phaseshift.app.estate;

import java.nio.file.Path;

/** The ways to open an estate, offered by the main window to panels that want to open one (the welcome tab). */
public interface EstateCommands {

    void openDemoEstate();

    /** Asks the user for an estate file and opens it. */
    void chooseAndOpenEstate();

    void openRecent(Path file);
}
