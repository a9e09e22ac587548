package dev.phaseshift.app;

import dev.phaseshift.app.main.EarlyEstate;
import javafx.application.Application;

import java.util.List;

/**
 * The main class. It is not an {@link Application} itself so the application also starts from a plain class
 * path, where the JavaFX launcher would refuse a main class that extends Application.
 */
public final class Launcher {
    private Launcher() {
    }

    /** Opens the estate file given as the first argument, or the bundled demo estate without arguments. */
    public static void main(String[] args) {
        // read the estate (and set up logging) while the toolkit starts and the window is built
        PhaseshiftApp.early = EarlyEstate.start(List.of(args));
        Application.launch(PhaseshiftApp.class, args);
    }
}
