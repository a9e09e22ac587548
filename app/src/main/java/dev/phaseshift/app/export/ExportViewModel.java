package dev.phaseshift.app.export;

import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.main.AboutInfo;
import dev.phaseshift.app.task.RunningTask;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.export.ExportInput;
import dev.phaseshift.export.ExportTarget;
import dev.phaseshift.export.ExportWriter;
import dev.phaseshift.export.ExportedFile;
import dev.phaseshift.export.Exporter;
import dev.phaseshift.plan.Plan;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.List;

/**
 * The Export dialog: a target of {@code phaseshift export}, the output directory, and the files the export would
 * write, rendered in the background whenever the target changes; Export writes exactly those files. A plan that
 * does not simulate cleanly is not exported, as on the command line.
 */
public final class ExportViewModel {
    private final Plan plan;
    private final TaskRunner tasks;
    private final LogViewModel log;
    private final ExportInput input;
    private final List<Problem> errors;

    private final ObjectProperty<ExportTarget> target = new SimpleObjectProperty<>(this, "target",
            ExportTarget.FLYWAY);
    private final StringProperty directory = new SimpleStringProperty(this, "directory", "");
    private final ObjectProperty<PreviewFile> selected = new SimpleObjectProperty<>(this, "selected");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ObservableList<PreviewFile> files = FXCollections.observableArrayList();
    private final ObservableList<PreviewFile> filesView = FXCollections.unmodifiableObservableList(files);
    private final ObservableList<Path> written = FXCollections.observableArrayList();
    private final ObservableList<Path> writtenView = FXCollections.unmodifiableObservableList(written);
    private final BooleanBinding canExport;
    private List<ExportedFile> rendered = List.of();
    private int requests;
    private RunningTask current;

    /**
     * @param planPath   the plan file as CI jobs should name it
     * @param planBytes  the plan file's bytes, for the checksum in every file's header
     * @param estatePath the estate file as CI jobs should name it
     */
    public ExportViewModel(Plan plan, String planPath, byte[] planBytes, Estate estate, String estatePath,
                           TaskRunner tasks, LogViewModel log, Path defaultDirectory) {
        this.plan = plan;
        this.tasks = tasks;
        this.log = log;
        this.input = ExportInput.of(plan, planPath, planBytes, estate, estatePath, AboutInfo.current().version(),
                null);
        this.errors = input.simulation().problems().stream().filter(Problem::isError).toList();
        directory.set(defaultDirectory.toString());
        canExport = Bindings.createBooleanBinding(() -> errors.isEmpty() && !busy.get() && !files.isEmpty()
                && !directory.get().isBlank(), busy, files, directory);
        target.addListener((obs, old, now) -> preview());
        preview();
    }

    /** The targets, in the command line's order. */
    public List<ExportTarget> targets() {
        return List.of(ExportTarget.values());
    }

    /** Renders the files of the chosen target without writing them. */
    public void preview() {
        ExportTarget chosen = target.get();
        if (!errors.isEmpty()) {
            files.clear();
            message.set(errors.get(0) + "; export writes a valid plan only");
            return;
        }
        if (current != null && !current.isDone()) {
            current.cancel();
        }
        int request = ++requests;
        busy.set(true);
        message.set("Rendering " + chosen.id() + "…");
        current = tasks.run("previewing the " + chosen.id() + " export of " + plan.name(),
                progress -> Exporter.export(chosen, input), out -> {
                    if (request != requests) {
                        return;
                    }
                    busy.set(false);
                    rendered = List.copyOf(out);
                    files.setAll(out.stream().map(PreviewFile::of).toList());
                    selected.set(files.isEmpty() ? null : files.get(0));
                    message.set(out.size() + (out.size() == 1 ? " file" : " files") + " to write (" + chosen.id()
                            + ")");
                }, error -> {
                    if (request != requests) {
                        return;
                    }
                    busy.set(false);
                    files.clear();
                    message.set(error instanceof java.util.concurrent.CancellationException ? ""
                            : "cannot export " + chosen.id() + ": " + error.getMessage());
                });
    }

    /** Writes the previewed files into the directory (created if missing; files of the same name are replaced). */
    public void export() {
        if (!canExport.get()) {
            return;
        }
        Path dir = Path.of(directory.get().strip()).toAbsolutePath().normalize();
        List<ExportedFile> out = rendered;
        ExportTarget chosen = target.get();
        busy.set(true);
        message.set("Writing " + out.size() + " files to " + dir + "…");
        tasks.run("exporting plan " + plan.name() + " to " + chosen.id(), progress -> {
            ExportWriter.write(out, dir);
            return out.stream().map(f -> dir.resolve(f.path())).toList();
        }, paths -> {
            busy.set(false);
            written.setAll(paths);
            String text = "wrote " + paths.size() + (paths.size() == 1 ? " file" : " files") + " (" + chosen.id()
                    + ") to " + dir;
            log.info(text + " for plan \"" + plan.name() + "\"");
            message.set(Character.toUpperCase(text.charAt(0)) + text.substring(1));
        }, error -> {
            busy.set(false);
            message.set("cannot write the export: " + error.getMessage());
            log.error("cannot export plan \"" + plan.name() + "\" to " + chosen.id() + ": " + error.getMessage());
        });
    }

    public ObjectProperty<ExportTarget> targetProperty() {
        return target;
    }

    public StringProperty directoryProperty() {
        return directory;
    }

    /** The file whose content the preview shows. */
    public ObjectProperty<PreviewFile> selectedProperty() {
        return selected;
    }

    /** The files the chosen target would write. */
    public ObservableList<PreviewFile> files() {
        return filesView;
    }

    /** The files the last export wrote. */
    public ObservableList<Path> written() {
        return writtenView;
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    public String planName() {
        return plan.name();
    }
}
