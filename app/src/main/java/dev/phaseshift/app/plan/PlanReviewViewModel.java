package dev.phaseshift.app.plan;

import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.main.DialogService;
import dev.phaseshift.app.task.RunningTask;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.dryrun.report.DryRunHtml;
import dev.phaseshift.dryrun.report.SimulatedDryRun;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.collections.transformation.FilteredList;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CancellationException;

/**
 * The Plan review tab: which plan is open, and what reviewing it against the open estate found. Plans are read and
 * reviewed through the {@link TaskRunner}; only the newest request may replace what is shown. A plan that does not
 * read shows its problems instead of a review; the estate being read again reviews the plan again.
 */
public final class PlanReviewViewModel {
    static final String NO_PLAN = "Open a plan with File ▸ Open plan… (Ctrl+Shift+O).";

    private final TaskRunner tasks;
    private final ObservableValue<Estate> estate;
    private final DialogService dialogs;
    private final LogViewModel log;

    private final ReadOnlyObjectWrapper<PlanSource> source = new ReadOnlyObjectWrapper<>(this, "source");
    private final ReadOnlyObjectWrapper<PlanReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyStringWrapper name = new ReadOnlyStringWrapper(this, "name", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NO_PLAN);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper loading = new ReadOnlyBooleanWrapper(this, "loading");
    private final ReadOnlyBooleanWrapper readable = new ReadOnlyBooleanWrapper(this, "readable");
    private final ReadOnlyIntegerWrapper errors = new ReadOnlyIntegerWrapper(this, "errors");
    private final ReadOnlyIntegerWrapper warnings = new ReadOnlyIntegerWrapper(this, "warnings");
    private final ReadOnlyIntegerWrapper breaks = new ReadOnlyIntegerWrapper(this, "breaks");
    private final ReadOnlyStringWrapper selectedStep = new ReadOnlyStringWrapper(this, "selectedStep");
    private final ReadOnlyStringWrapper findingsCaption = new ReadOnlyStringWrapper(this, "findingsCaption", "");

    private final ObservableList<PlanRow> phases = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<FindingLine> allFindings = FXCollections.observableArrayList();
    private final FilteredList<FindingLine> findings = new FilteredList<>(allFindings);
    private final ObservableList<LockLines> locks = FXCollections.observableArrayList();
    private final ObservableList<String> states = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> matrix = FXCollections.observableArrayList();
    private final ObservableList<MatrixMark> reasons = FXCollections.observableArrayList();
    // one read-only wrapper each, kept: a wrapper made per call would be collected with the listeners put on it
    private final ObservableList<PlanRow> phasesView = FXCollections.unmodifiableObservableList(phases);
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<FindingLine> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<LockLines> locksView = FXCollections.unmodifiableObservableList(locks);
    private final ObservableList<String> statesView = FXCollections.unmodifiableObservableList(states);
    private final ObservableList<MatrixRow> matrixView = FXCollections.unmodifiableObservableList(matrix);
    private final ObservableList<MatrixMark> reasonsView = FXCollections.unmodifiableObservableList(reasons);
    private final BooleanBinding canReload = source.isNotNull().and(loading.not());
    private final BooleanBinding canExport = readable.and(loading.not());
    private final BooleanBinding hasConsumers = Bindings.isNotEmpty(matrix);

    /** Each review gets a number; only the newest may change what is shown. */
    private int requests;
    private RunningTask current;

    public PlanReviewViewModel(TaskRunner tasks, ObservableValue<Estate> estate, DialogService dialogs,
                               LogViewModel log) {
        this.tasks = tasks;
        this.estate = estate;
        this.dialogs = dialogs;
        this.log = log;
        estate.addListener((obs, old, now) -> {
            if (now == null) {
                clear();
            } else if (source.get() != null) {
                // the estate was read again: the same plan may now read differently against it
                reload();
            }
        });
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Reads {@code plan} and reviews it against the open estate. */
    public void open(PlanSource plan) {
        source.set(plan);
        selectedStep.set(null);
        reload();
    }

    /** Reads the open plan again, e.g. after it was edited. */
    public void reload() {
        PlanSource plan = source.get();
        Estate open = estate.getValue();
        if (plan == null) {
            return;
        }
        if (open == null) {
            status.set("Open an estate to review \"" + plan.name() + "\" against");
            return;
        }
        cancel();
        int request = ++requests;
        loading.set(true);
        name.set(plan.name());
        origin.set(plan.origin());
        message.set("Reviewing " + plan.name() + "…");
        current = tasks.run("reviewing plan " + plan.name(), progress -> {
            progress.message("reading, simulating and linting " + plan.origin());
            return PlanReview.of(plan, open);
        }, reviewed -> {
            if (request == requests) {
                current = null;
                show(reviewed);
            }
        }, error -> {
            if (request != requests) {
                return;
            }
            current = null;
            loading.set(false);
            if (error instanceof CancellationException) {
                message.set("Cancelled");
                return;
            }
            String text = "cannot review plan " + plan.origin() + ": " + describe(error);
            log.error(text);
            review.set(null);
            readable.set(false);
            showLists(List.of(), List.of(), List.of(), List.of(), List.of());
            problems.setAll("error: " + text);
            status.set("the plan could not be reviewed");
            message.set("");
        });
    }

    /** Shows only the findings of one step; null shows them all again. */
    public void selectStep(String stepId) {
        selectedStep.set(stepId);
        filterFindings();
    }

    /** Asks where to save the simulated dry-run report of the open plan, then writes it there as HTML. */
    public void exportReport() {
        PlanReview shown = review.get();
        Estate open = estate.getValue();
        if (shown == null || shown.plan() == null || open == null) {
            return;
        }
        Optional<Path> chosen = dialogs.chooseReportFile(shown.source().name() + ".dry-run.html");
        if (chosen.isEmpty()) {
            return;
        }
        Path file = chosen.get().toAbsolutePath().normalize();
        Plan plan = shown.plan();
        String planFile = shown.source().origin();
        message.set("Writing the simulated dry-run report…");
        tasks.run("exporting the dry-run report of " + plan.name(), progress -> {
            progress.message("running plan " + plan.name() + " on the model");
            String html = DryRunHtml.write(SimulatedDryRun.run(plan, planFile, open));
            progress.message("writing " + file);
            try {
                Files.writeString(file, html, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot write " + file + ": " + e.getMessage(), e);
            }
            return file;
        }, written -> {
            log.info("wrote the simulated dry-run report of plan \"" + plan.name() + "\" to " + written);
            message.set("Wrote the simulated dry-run report to " + written);
        }, error -> {
            String text = describe(error);
            log.error("cannot export the dry-run report of plan \"" + plan.name() + "\": " + text);
            message.set("");
            dialogs.showError("Cannot export the dry-run report", text);
        });
    }

    /** Forgets the open plan, e.g. when the estate is closed. */
    public void clear() {
        cancel();
        requests++;
        source.set(null);
        review.set(null);
        readable.set(false);
        loading.set(false);
        name.set("");
        origin.set("");
        status.set(NO_PLAN);
        message.set("");
        selectedStep.set(null);
        problems.clear();
        showLists(List.of(), List.of(), List.of(), List.of(), List.of());
        errors.set(0);
        warnings.set(0);
        breaks.set(0);
    }

    // ---- showing -------------------------------------------------------------------------------------------

    private void show(PlanReview reviewed) {
        loading.set(false);
        review.set(reviewed);
        readable.set(reviewed.readable());
        name.set(reviewed.name());
        problems.setAll(reviewed.problems());
        errors.set(reviewed.errors());
        warnings.set(reviewed.warnings());
        breaks.set(reviewed.breaks());
        if (selectedStep.get() != null && reviewed.phases().stream().flatMap(p -> p.children().stream())
                .noneMatch(s -> s.stepId().equals(selectedStep.get()))) {
            selectedStep.set(null);
        }
        showLists(reviewed.phases(), reviewed.findings(), reviewed.locks(), reviewed.states(), reviewed.matrix());
        status.set(reviewed.status());
        message.set("");
        String summary = "reviewed plan \"" + reviewed.name() + "\" from " + reviewed.source().origin() + ": "
                + reviewed.status();
        if (reviewed.readable() && reviewed.simulationErrors() == 0) {
            log.info(summary);
        } else {
            log.warning(summary);
            reviewed.problems().forEach(log::warning);
        }
    }

    private void showLists(List<PlanRow> rows, List<FindingLine> lines, List<LockLines> lockLines,
                           List<String> columns, List<MatrixRow> matrixRows) {
        phases.setAll(rows);
        allFindings.setAll(lines);
        locks.setAll(lockLines);
        states.setAll(columns);
        matrix.setAll(matrixRows);
        reasons.setAll(matrixRows.stream().flatMap(r -> r.marks().stream()).filter(m -> m.reason() != null)
                .toList());
        filterFindings();
    }

    private void filterFindings() {
        String step = selectedStep.get();
        findings.setPredicate(step == null ? null : f -> f.stepId().equals(step));
        int all = allFindings.size();
        findingsCaption.set(step == null
                ? (all == 0 ? "No lint findings" : PlanReview.plural(all, "finding") + " in the plan")
                : PlanReview.plural(findings.size(), "finding") + " of step " + step + " (of " + all + ")");
    }

    private void cancel() {
        if (current != null && !current.isDone()) {
            requests++;
            current.cancel();
        }
        current = null;
    }

    /** A message for the user; never a stack trace. */
    private static String describe(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** The open plan's source, or null. */
    public ReadOnlyObjectProperty<PlanSource> sourceProperty() {
        return source.getReadOnlyProperty();
    }

    /** The last review shown, or null. */
    public ReadOnlyObjectProperty<PlanReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    /** The plan's name as its file gives it. */
    public ReadOnlyStringProperty nameProperty() {
        return name.getReadOnlyProperty();
    }

    /** The plan file, or the bundled resource. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    /** {@code 2 errors, 3 warnings · every live consumer compatible}. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** What just happened (an export written) or is happening; empty otherwise. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty loadingProperty() {
        return loading.getReadOnlyProperty();
    }

    /** Whether the shown plan read; when not, {@link #problems()} says why. */
    public ReadOnlyBooleanProperty readableProperty() {
        return readable.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty errorsProperty() {
        return errors.getReadOnlyProperty();
    }

    public ReadOnlyIntegerProperty warningsProperty() {
        return warnings.getReadOnlyProperty();
    }

    /** Live consumer versions that cannot use the schema at some state. */
    public ReadOnlyIntegerProperty breaksProperty() {
        return breaks.getReadOnlyProperty();
    }

    /** The step whose findings are shown, or null for all. */
    public ReadOnlyStringProperty selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    /** {@code 3 findings in the plan}, or {@code 1 finding of step x (of 3)}. */
    public ReadOnlyStringProperty findingsCaptionProperty() {
        return findingsCaption.getReadOnlyProperty();
    }

    public BooleanBinding canReloadBinding() {
        return canReload;
    }

    public BooleanBinding canExportBinding() {
        return canExport;
    }

    /** Whether the estate has consumer contracts, so the matrix has rows. */
    public BooleanBinding hasConsumersBinding() {
        return hasConsumers;
    }

    /** The phases in plan order, each with its steps as children. */
    public ObservableList<PlanRow> phases() {
        return phasesView;
    }

    /** Why the plan does not read or simulate, {@code file:line:column: error: ...}. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** The lint findings shown: all of them, or the selected step's. */
    public ObservableList<FindingLine> findings() {
        return findingsView;
    }

    public ObservableList<LockLines> locks() {
        return locksView;
    }

    /** The matrix's columns: {@code before}, then each phase. */
    public ObservableList<String> states() {
        return statesView;
    }

    /** The matrix's rows, one per consumer version. */
    public ObservableList<MatrixRow> matrix() {
        return matrixView;
    }

    /** The matrix's cells that have a reason to tell, breaks first as the matrix orders them. */
    public ObservableList<MatrixMark> reasons() {
        return reasonsView;
    }
}
