package dev.phaseshift.app.welcome;

import dev.phaseshift.app.estate.EstateCommands;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.collections.ObservableList;

import java.nio.file.Path;

/** The welcome tab: the recent estate files and the commands to open an estate. */
public final class WelcomeViewModel {
    private final ObservableList<Path> recentFiles;
    private final EstateCommands commands;
    private final BooleanBinding hasRecentFiles;

    public WelcomeViewModel(ObservableList<Path> recentFiles, EstateCommands commands) {
        this.recentFiles = recentFiles;
        this.commands = commands;
        this.hasRecentFiles = Bindings.isNotEmpty(recentFiles);
    }

    /** Newest first. */
    public ObservableList<Path> recentFiles() {
        return recentFiles;
    }

    public BooleanBinding hasRecentFilesBinding() {
        return hasRecentFiles;
    }

    public void openDemoEstate() {
        commands.openDemoEstate();
    }

    public void chooseEstateFile() {
        commands.chooseAndOpenEstate();
    }

    public void openRecent(Path file) {
        commands.openRecent(file);
    }
}
