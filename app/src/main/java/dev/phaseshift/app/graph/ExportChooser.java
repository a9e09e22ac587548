package dev.phaseshift.app.graph;

import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;

/** Asks where to write an export of the graph; tests answer without a dialog. */
@FunctionalInterface
public interface ExportChooser {
    /**
     * @param extension {@code png} or {@code svg}
     * @param suggested a file name to propose
     */
    Optional<Path> choose(Window owner, String extension, String suggested);

    /** The platform's save dialog. */
    static ExportChooser dialog() {
        return (owner, extension, suggested) -> {
            FileChooser chooser = new FileChooser();
            chooser.setTitle("Export the graph as " + extension.toUpperCase(java.util.Locale.ROOT));
            chooser.setInitialFileName(suggested);
            chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(extension.toUpperCase(
                    java.util.Locale.ROOT) + " image", "*." + extension));
            File file = chooser.showSaveDialog(owner);
            return Optional.ofNullable(file).map(File::toPath);
        };
    }
}
