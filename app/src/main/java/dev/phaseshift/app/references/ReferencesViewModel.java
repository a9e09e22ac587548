package dev.phaseshift.app.references;

import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.estate.DecisionEditor;
import dev.phaseshift.estate.ReferenceDecision;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.graph.Dependency;
import dev.phaseshift.graph.EstateGraph;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;

/**
 * Open inferred references of the estate, and the decisions on them. A decision is written into the estate
 * file through the {@link TaskRunner}, then the estate is read again (so the graph, the inspector and this list
 * show it). The bundled demo is not a file: there the commands explain that instead of doing anything.
 */
public final class ReferencesViewModel {
    static final String READ_ONLY = "The bundled demo estate is read-only, so decisions cannot be recorded here. "
            + "Materialise it with \"phaseshift demo\" or open your own phaseshift.yaml (File ▸ Open estate…) to "
            + "accept or reject proposals.";

    private final TaskRunner tasks;
    private final ObservableValue<EstateGraph> graph;
    private final ObservableValue<Path> estateFile;
    private final Runnable reload;
    private final LogViewModel log;
    private final ObservableList<ReferenceLine> lines = FXCollections.observableArrayList();
    private final ObservableList<ReferenceLine> readOnlyLines = FXCollections.unmodifiableObservableList(lines);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final BooleanBinding readOnly;

    /**
     * @param estateFile the open estate's file; null for the bundled demo
     * @param reload     reads the open estate file again
     */
    public ReferencesViewModel(TaskRunner tasks, ObservableValue<EstateGraph> graph, ObservableValue<Path> estateFile,
                               Runnable reload, LogViewModel log) {
        this.tasks = tasks;
        this.graph = graph;
        this.estateFile = estateFile;
        this.reload = reload;
        this.log = log;
        this.readOnly = Bindings.createBooleanBinding(() -> graph.getValue() != null && estateFile.getValue() == null,
                graph, estateFile);
        graph.addListener((obs, old, now) -> refresh());
        refresh();
    }

    // ---- commands ------------------------------------------------------------------------------------------

    public void accept(ReferenceLine line) {
        decide(ReferenceDecision.accept(line.pair()), "accepted");
    }

    public void reject(ReferenceLine line) {
        decide(ReferenceDecision.reject(line.pair()), "rejected");
    }

    private void decide(ReferenceDecision decision, String done) {
        ReferencePair pair = decision.pair();
        Path file = estateFile.getValue();
        if (file == null) {
            message.set(READ_ONLY);
            log.warning("cannot record a decision on " + pair + ": the bundled demo estate is read-only");
            return;
        }
        busy.set(true);
        message.set("Writing the decision on " + pair + " into " + file.getFileName() + "…");
        tasks.run("recording a decision in " + file.getFileName(), progress -> {
            progress.message("writing " + decision.verdict().key() + " " + pair + " into " + file);
            DecisionEditor.record(file, decision);
            return file;
        }, written -> {
            busy.set(false);
            log.info(done + " " + pair + " in " + written);
            message.set(Character.toUpperCase(done.charAt(0)) + done.substring(1) + " " + pair + "; written to "
                    + written.getFileName() + ".");
            reload.run();
        }, error -> {
            busy.set(false);
            String reason = error.getMessage() == null ? error.getClass().getSimpleName() : error.getMessage();
            log.error("could not record the decision on " + pair + " in " + file + ": " + reason);
            message.set("Could not record the decision on " + pair + ": " + reason);
        });
    }

    private void refresh() {
        EstateGraph g = graph.getValue();
        if (g == null) {
            lines.clear();
            return;
        }
        List<ReferenceLine> open = g.proposals().stream().map(d -> line(g, d))
                .sorted(Comparator.comparingDouble(ReferenceLine::confidence).reversed()
                        .thenComparing(ReferenceLine::from))
                .toList();
        lines.setAll(open);
    }

    private static ReferenceLine line(EstateGraph g, Dependency d) {
        return new ReferenceLine(new ReferencePair(g.require(d.from()).name(), g.require(d.to()).name()),
                d.confidence(), d.evidence());
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** Open proposals, most confident first. */
    public ObservableList<ReferenceLine> lines() {
        return readOnlyLines;
    }

    /** What the last command did, or why it could not. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** Whether decisions cannot be written (the bundled demo is open). */
    public BooleanBinding readOnlyBinding() {
        return readOnly;
    }

    /** Why the buttons are disabled, for their tooltip and the banner. */
    public String readOnlyReason() {
        return READ_ONLY;
    }
}
