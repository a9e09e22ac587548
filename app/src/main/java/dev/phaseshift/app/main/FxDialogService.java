package dev.phaseshift.app.main;

import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.FileChooser;
import javafx.stage.Window;

import java.io.File;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;

/** Real dialogs, owned by the main window. */
public final class FxDialogService implements DialogService {
    private final Supplier<Window> owner;

    public FxDialogService(Supplier<Window> owner) {
        this.owner = owner;
    }

    @Override
    public void showError(String title, String message) {
        Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle(title);
        alert.setHeaderText(title);
        Label text = new Label(message);
        text.setWrapText(true);
        text.getStyleClass().add("code");
        text.setMaxWidth(560);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }

    @Override
    public Optional<Path> chooseEstateFile(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open estate");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Estate files (*.yaml, *.yml)", "*.yaml", "*.yml"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        File file = chooser.showOpenDialog(owner.get());
        return Optional.ofNullable(file).map(File::toPath);
    }

    @Override
    public Optional<Path> choosePlanFile(Path initialDirectory) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Open plan");
        chooser.getExtensionFilters().addAll(
                new FileChooser.ExtensionFilter("Plan files (*.plan.yaml, *.yaml, *.yml, *.json)", "*.yaml", "*.yml",
                        "*.json"),
                new FileChooser.ExtensionFilter("All files", "*"));
        if (initialDirectory != null) {
            chooser.setInitialDirectory(initialDirectory.toFile());
        }
        return Optional.ofNullable(chooser.showOpenDialog(owner.get())).map(File::toPath);
    }

    @Override
    public Optional<Path> chooseReportFile(String suggestedName) {
        FileChooser chooser = new FileChooser();
        chooser.setTitle("Export simulated dry-run report");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("HTML pages (*.html)", "*.html"));
        chooser.setInitialFileName(suggestedName);
        return Optional.ofNullable(chooser.showSaveDialog(owner.get())).map(File::toPath);
    }

    @Override
    public void showAbout(AboutInfo about) {
        Alert alert = new Alert(Alert.AlertType.INFORMATION, "", ButtonType.OK);
        alert.initOwner(owner.get());
        alert.setTitle("About " + about.name());
        alert.setHeaderText(about.name() + " " + about.version());
        Label text = new Label("A desktop migration planner for the PostgreSQL and MySQL/MariaDB databases of "
                + "microservice estates.\n\nJava " + about.javaVersion() + "\nJavaFX " + about.javafxVersion());
        text.setWrapText(true);
        text.setMaxWidth(460);
        alert.getDialogPane().setContent(text);
        alert.showAndWait();
    }
}
