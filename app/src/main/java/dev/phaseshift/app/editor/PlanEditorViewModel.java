package dev.phaseshift.app.editor;

import dev.phaseshift.app.log.LogViewModel;
import dev.phaseshift.app.main.DialogService;
import dev.phaseshift.app.plan.FindingLine;
import dev.phaseshift.app.plan.MatrixMark;
import dev.phaseshift.app.plan.MatrixRow;
import dev.phaseshift.app.plan.PlanReview;
import dev.phaseshift.app.plan.PlanSource;
import dev.phaseshift.app.settings.AppSettings;
import dev.phaseshift.app.settings.RecentFiles;
import dev.phaseshift.app.task.RunningTask;
import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.app.wizard.PlanAmendment;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.plan.op.Operation;
import javafx.beans.binding.Bindings;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CancellationException;
import java.util.function.Consumer;

/**
 * The plan editor: the plan being edited and its file, the edits (each one undoable), the selection, and the live
 * analysis. After every edit the plan is written to the recovery file and analysed in the background against the
 * open estate (validate, lint, locks, compatibility matrix); the analysis waits {@code debounce} first, and a newer
 * edit cancels the one still waiting or running, so typing is never held up and only the newest plan is shown.
 */
public final class PlanEditorViewModel implements StepFormViewModel.Target {
    static final String NO_PLAN = "No plan: File ▸ New plan, or open one";
    /** How long the app waits after an edit before analysing: a pause in typing, not a delay anyone notices. */
    public static final Duration DEBOUNCE = Duration.ofMillis(40);

    private final TaskRunner tasks;
    private final ObservableValue<Estate> estate;
    private final DialogService dialogs;
    private final PlanFileDialogs fileDialogs;
    private final RecoveryStore recovery;
    private final AppSettings settings;
    private final LogViewModel log;
    private final Duration debounce;

    private final EditHistory history = new EditHistory();
    private final PlanBoard board = new PlanBoard();
    private final StepFormViewModel stepForm = new StepFormViewModel(this);
    private final ReadOnlyObjectWrapper<Plan> plan = new ReadOnlyObjectWrapper<>(this, "plan");
    private final ReadOnlyObjectWrapper<Path> file = new ReadOnlyObjectWrapper<>(this, "file");
    private final ReadOnlyObjectWrapper<Plan> saved = new ReadOnlyObjectWrapper<>(this, "saved");
    private final ReadOnlyObjectWrapper<PlanReview> review = new ReadOnlyObjectWrapper<>(this, "review");
    private final ReadOnlyBooleanWrapper analysing = new ReadOnlyBooleanWrapper(this, "analysing");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", NO_PLAN);
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper undoText = new ReadOnlyStringWrapper(this, "undoText", "Undo");
    private final ReadOnlyStringWrapper redoText = new ReadOnlyStringWrapper(this, "redoText", "Redo");
    private final ReadOnlyBooleanWrapper canUndo = new ReadOnlyBooleanWrapper(this, "canUndo");
    private final ReadOnlyBooleanWrapper canRedo = new ReadOnlyBooleanWrapper(this, "canRedo");
    private final ReadOnlyStringWrapper selectedPhase = new ReadOnlyStringWrapper(this, "selectedPhase");
    private final ReadOnlyStringWrapper selectedStep = new ReadOnlyStringWrapper(this, "selectedStep");
    private final ReadOnlyObjectWrapper<DeploymentRef> selectedDeployment =
            new ReadOnlyObjectWrapper<>(this, "selectedDeployment");
    private final ReadOnlyStringWrapper paletteQuery = new ReadOnlyStringWrapper(this, "paletteQuery", "");

    private final ObservableList<PhaseColumn> columns = FXCollections.observableArrayList();
    private final ObservableList<FindingLine> findings = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<String> states = FXCollections.observableArrayList();
    private final ObservableList<MatrixRow> matrix = FXCollections.observableArrayList();
    private final ObservableList<String> palette = FXCollections.observableArrayList(OperationPalette.names());
    private final ObservableList<Path> recentPlans = FXCollections.observableArrayList();
    private final ObservableList<PhaseColumn> columnsView = FXCollections.unmodifiableObservableList(columns);
    private final ObservableList<FindingLine> findingsView = FXCollections.unmodifiableObservableList(findings);
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final ObservableList<String> statesView = FXCollections.unmodifiableObservableList(states);
    private final ObservableList<MatrixRow> matrixView = FXCollections.unmodifiableObservableList(matrix);
    private final ObservableList<String> paletteView = FXCollections.unmodifiableObservableList(palette);
    private final ObservableList<Path> recentPlansView = FXCollections.unmodifiableObservableList(recentPlans);
    private final BooleanBinding open = plan.isNotNull();
    private final BooleanBinding dirty = Bindings.createBooleanBinding(
            () -> plan.get() != null && !plan.get().equals(saved.get()), plan, saved);

    /** Each analysis gets a number; only the newest may change what is shown. */
    private int requests;
    private RunningTask current;

    public PlanEditorViewModel(TaskRunner tasks, ObservableValue<Estate> estate, DialogService dialogs,
                               PlanFileDialogs fileDialogs, RecoveryStore recovery, AppSettings settings,
                               LogViewModel log, Duration debounce) {
        this.tasks = tasks;
        this.estate = estate;
        this.dialogs = dialogs;
        this.fileDialogs = fileDialogs;
        this.recovery = recovery;
        this.settings = settings;
        this.log = log;
        this.debounce = debounce;
        recentPlans.setAll(settings.recentPlans().paths());
        estate.addListener((obs, old, now) -> analyse(false));
        dirty.addListener((obs, old, now) -> updateTitle());
    }

    // ---- files ---------------------------------------------------------------------------------------------

    /** Starts an empty plan with the four expand/contract phases, after asking about unsaved changes. */
    public void newPlan() {
        if (!confirmDiscard()) {
            return;
        }
        Plan fresh = PlanEdits.empty("new plan");
        for (PhaseKind kind : PhaseKind.values()) {
            fresh = PlanEdits.addPhase(fresh, kind);
        }
        load(fresh, null, fresh);
        log.info("started a new plan");
    }

    /** What opening a plan came to. */
    public enum Opened {
        /** The plan is being edited. */
        EDITING,
        /** The user kept the plan with unsaved changes instead. */
        KEPT_CURRENT,
        /** The file is not a valid plan; the editor kept what it had. */
        UNREADABLE
    }

    /** Opens a plan file or a bundled demo plan for editing, after asking about unsaved changes; true when open. */
    public boolean open(PlanSource source) {
        return open(source, true) == Opened.EDITING;
    }

    /**
     * The same; {@code tellUnreadable} false leaves saying why a file does not read to the caller (the Plan review
     * tab lists its problems with their lines).
     */
    public Opened open(PlanSource source, boolean tellUnreadable) {
        if (!confirmDiscard()) {
            return Opened.KEPT_CURRENT;
        }
        Plan read;
        try {
            read = source.read();
        } catch (PlanFormatException | RuntimeException e) {
            String text = e instanceof PlanFormatException bad
                    ? String.join("\n", bad.problems().stream().map(Problem::toString).toList()) : describe(e);
            log.error("cannot edit plan " + source.origin() + ": it does not read");
            if (tellUnreadable) {
                dialogs.showError("Cannot open plan " + source.name(), text);
            }
            return Opened.UNREADABLE;
        }
        load(read, source.file(), read);
        if (source.file() != null) {
            remember(source.file());
        }
        log.info("editing plan \"" + read.name() + "\" from " + source.origin());
        return Opened.EDITING;
    }

    /** Asks for a plan file and opens it. */
    public void chooseAndOpen() {
        dialogs.choosePlanFile(directory()).ifPresent(f -> open(PlanSource.file(f)));
    }

    /** Opens a recent plan; one that no longer exists leaves the list instead. */
    public void openRecent(Path recent) {
        if (!Files.isRegularFile(recent)) {
            updateRecent(new RecentFiles(recentPlans).without(recent));
            status.set("Removed a missing plan from the recent plans");
            return;
        }
        open(PlanSource.file(recent));
    }

    /** Saves to the plan's file, or asks for one; true when saved. */
    public boolean save() {
        if (plan.get() == null) {
            return false;
        }
        return file.get() == null ? saveAs() : writeTo(file.get());
    }

    public boolean saveAs() {
        Plan current = plan.get();
        if (current == null) {
            return false;
        }
        String suggested = file.get() != null ? String.valueOf(file.get().getFileName())
                : current.name().replaceAll("[^A-Za-z0-9_-]+", "-") + ".plan.yaml";
        Optional<Path> chosen = fileDialogs.chooseSaveFile(directory(), suggested);
        return chosen.isPresent() && writeTo(chosen.get().toAbsolutePath().normalize());
    }

    /**
     * Whether unsaved changes may go: true when there are none, when the user saved them or chose to discard
     * them; false when the user cancelled or the save failed. Discarding also forgets the recovery file.
     */
    public boolean confirmDiscard() {
        if (!dirty.get()) {
            return true;
        }
        return switch (fileDialogs.askUnsaved(plan.get().name())) {
            case SAVE -> save();
            case DISCARD -> {
                recovery.clear();
                yield true;
            }
            case CANCEL -> false;
        };
    }

    /**
     * Offers back a plan a previous session left unsaved (it crashed or was killed); true when the user took it.
     * It comes back with its changes unsaved, belonging to the file it was opened from.
     */
    public boolean offerRecovery() {
        Optional<RecoveryStore.Recovered> found = recovery.load();
        if (found.isEmpty()) {
            return false;
        }
        RecoveryStore.Recovered recovered = found.get();
        String what = "plan \"" + recovered.plan().name() + "\" with " + recovered.plan().stepCount() + " steps"
                + (recovered.file() == null ? ", never saved" : ", from " + recovered.file());
        if (!fileDialogs.askRecover(what)) {
            recovery.clear();
            log.info("discarded the unsaved " + what);
            return false;
        }
        Plan restored = recovered.plan();
        Plan onDisk = null;
        if (recovered.file() != null && Files.isRegularFile(recovered.file())) {
            try {
                onDisk = PlanFile.read(recovered.file());
            } catch (PlanFormatException e) {
                onDisk = null;
            }
        }
        load(restored, recovered.file(), onDisk);
        log.info("restored the unsaved " + what);
        return true;
    }

    /** Forgets the open plan without asking (the caller asked already). */
    public void close() {
        cancel();
        requests++;
        plan.set(null);
        saved.set(null);
        file.set(null);
        history.clear();
        recovery.clear();
        select(null, null, null);
        review.set(null);
        columns.clear();
        showAnalysis(null);
        status.set(NO_PLAN);
        updateUndo();
        updateTitle();
    }

    // ---- edits ---------------------------------------------------------------------------------------------

    /** The seam for whole-plan changes: one undoable edit named {@code editName}. */
    public void replacePlan(Plan newPlan, String editName) {
        edit(newPlan, editName, null, selectedStep.get());
    }

    /**
     * Puts a pattern wizard's phases into the plan, merged as {@link PlanAmendment} says, as one edit that undo
     * takes back whole. Without an open plan they become a new plan, not saved yet (its first edit: undo leaves it
     * empty), which Save As keeps.
     */
    public void insertPhases(Plan phases, String editName) {
        if (plan.get() == null) {
            load(new Plan(phases.name(), phases.description(), List.of(), List.of(), null), null, null);
            log.info("started a new plan \"" + phases.name() + "\" from a wizard");
        }
        replacePlan(PlanAmendment.insert(plan.get(), phases), editName);
    }

    @Override
    public Plan plan() {
        return plan.get();
    }

    @Override
    public void edit(Plan next, String editName, String mergeKey, String selectedStepId) {
        Plan before = plan.get();
        if (before == null || next.equals(before)) {
            return;
        }
        history.record(before, editName, mergeKey);
        apply(next, selectedStepId);
        status.set(capitalised(editName));
    }

    public void undo() {
        history.undo(plan.get()).ifPresent(e -> {
            apply(e.plan(), selectedStep.get());
            status.set("Undid " + e.editName());
        });
    }

    public void redo() {
        history.redo(plan.get()).ifPresent(e -> {
            apply(e.plan(), selectedStep.get());
            status.set("Redid " + e.editName());
        });
    }

    /** Ends a run of typing into one field, so the next typing is an edit of its own. */
    public void sealEdit() {
        history.seal();
    }

    public void addPhase(PhaseKind kind) {
        perform(p -> PlanEdits.addPhase(p, kind), "add a " + kind.id() + " phase");
    }

    public void renamePhase(String phaseId, String newId) {
        String trimmed = newId == null ? "" : newId.trim();
        if (plan.get() == null || trimmed.equals(phaseId)) {
            return;
        }
        if (trimmed.isEmpty() || plan.get().phase(trimmed).isPresent()) {
            status.set(trimmed.isEmpty() ? "A phase needs a name" : "Phase \"" + trimmed + "\" exists already");
            return;
        }
        perform(p -> PlanEdits.renamePhase(p, phaseId, trimmed), "rename phase " + phaseId + " to " + trimmed);
        if (phaseId.equals(selectedPhase.get())) {
            selectedPhase.set(trimmed);
        }
    }

    public void setPhaseKind(String phaseId, PhaseKind kind) {
        perform(p -> PlanEdits.setPhaseKind(p, phaseId, kind), "make phase " + phaseId + " " + kind.id());
    }

    public void movePhase(String phaseId, int offset) {
        perform(p -> PlanEdits.movePhase(p, phaseId, offset), "move phase " + phaseId);
    }

    public void removePhase(String phaseId) {
        perform(p -> PlanEdits.removePhase(p, phaseId), "delete phase " + phaseId);
    }

    /** Drops a step at {@code index} of a phase (-1: at its end), from its own phase or another. */
    public void moveStep(String stepId, String toPhase, int index) {
        perform(p -> PlanEdits.moveStep(p, stepId, toPhase, index), "move step " + stepId + " to " + toPhase);
    }

    public void removeStep(String stepId) {
        perform(p -> PlanEdits.removeStep(p, stepId), "delete step " + stepId);
    }

    /**
     * Adds a step with a new operation from the palette to the selected phase (or the selected step's, or the
     * first), on the selected step's service (or the plan's first, or the estate's first), and selects it.
     */
    public Optional<String> addStep(String operationName) {
        Plan current = plan.get();
        if (current == null || current.phases().isEmpty()) {
            status.set("Add a phase first");
            return Optional.empty();
        }
        String phase = Optional.ofNullable(selectedPhase.get()).filter(id -> current.phase(id).isPresent())
                .orElse(current.phases().get(0).id());
        String service = Optional.ofNullable(selectedStep.get()).flatMap(id -> PlanEdits.step(current, id))
                .map(Step::service)
                .or(() -> current.services().stream().findFirst())
                .or(() -> Optional.ofNullable(estate.getValue()).flatMap(e -> e.snapshots().keySet().stream()
                        .findFirst()))
                .orElse("service");
        Operation operation = OperationPalette.template(operationName);
        String id = PlanEdits.uniqueStepId(current, service + "-" + operationName.replace('_', '-'));
        edit(PlanEdits.addStep(current, phase, Step.of(id, service, operation), -1), "add step " + id, null, id);
        selectStep(id);
        return Optional.of(id);
    }

    /** Moves a consumer deployment to the end of another phase's deployments (it then happens after that one). */
    public void moveDeployment(DeploymentRef deployment, String toPhase) {
        if (deployment.phaseId().equals(toPhase)) {
            return;
        }
        Plan current = plan.get();
        ConsumerDeployment moved = current.phase(deployment.phaseId()).orElseThrow().deployments()
                .get(deployment.index());
        perform(p -> PlanEdits.moveDeployment(p, deployment.phaseId(), deployment.index(), toPhase),
                "move deployment " + PlanBoard.deployment(moved) + " to after " + toPhase);
        int index = plan.get().phase(toPhase).orElseThrow().deployments().size() - 1;
        select(toPhase, null, new DeploymentRef(toPhase, index));
    }

    /** Adds a deployment {@code service from → to} after a phase; {@code from} may be empty. */
    public void addDeployment(String phaseId, String service, String from, String to) {
        if (service == null || service.isBlank() || to == null || to.isBlank()) {
            status.set("A deployment needs a service and the version it deploys");
            return;
        }
        ConsumerDeployment added = new ConsumerDeployment(service.trim(),
                from == null || from.isBlank() ? null : from.trim(), to.trim());
        editDeployments(phaseId, list -> list.add(added),
                "add deployment " + PlanBoard.deployment(added) + " after " + phaseId);
    }

    /** Adds a deployment written {@code service from -> to} (or {@code service -> to}) after a phase. */
    public void addDeployment(String phaseId, String text) {
        java.util.regex.Matcher m = java.util.regex.Pattern
                .compile("\\s*(\\S+)\\s*(\\S*)\\s*(?:->|→)\\s*(\\S+)\\s*").matcher(text == null ? "" : text);
        if (!m.matches()) {
            status.set("Write a deployment as \"service from -> to\", e.g. \"billing v1 -> v2\"");
            return;
        }
        addDeployment(phaseId, m.group(1), m.group(2), m.group(3));
    }

    public void removeDeployment(DeploymentRef deployment) {
        editDeployments(deployment.phaseId(), list -> list.remove(deployment.index()),
                "remove a deployment after " + deployment.phaseId());
        select(deployment.phaseId(), null, null);
    }

    /** Removes a gate of a phase. */
    public void removeGate(String phaseId, int index) {
        editGates(phaseId, list -> list.remove(index), "remove a gate of " + phaseId);
    }

    /** Adds a manual approval gate to a phase. */
    public void addApprovalGate(String phaseId, String description) {
        editGates(phaseId, list -> list.add(new ManualApproval(description == null || description.isBlank() ? null
                : description.trim())), "add an approval gate to " + phaseId);
    }

    /** Adds a gate that waits until a consumer runs a version everywhere, written {@code service version}. */
    public void addWaitGate(String phaseId, String text) {
        String[] words = text == null ? new String[0] : text.trim().split("\\s+");
        if (words.length != 2) {
            status.set("Write the deployment to wait for as \"service version\", e.g. \"billing v2\"");
            return;
        }
        editGates(phaseId, list -> list.add(new DeploymentWait(words[0], words[1])),
                "make " + phaseId + " wait for " + words[0] + " " + words[1]);
    }

    /** A gate's fields, to edit in place on its phase's header; empty when there is no such gate. */
    public List<GateForm.Field> gateFields(String phaseId, int index) {
        return gate(phaseId, index).map(GateForm::fields).orElse(List.of());
    }

    /** What is wrong with {@code text} as a gate's field {@code fieldId}, shown under it as it is typed. */
    public Optional<String> gateProblem(String fieldId, String text) {
        return GateForm.problem(fieldId, text, gateServices());
    }

    /**
     * Gives a gate new values (field id to text) as one undoable edit; false, with the first problem as the
     * status, when a value is wrong (the gate keeps its values then).
     */
    public boolean editGate(String phaseId, int index, Map<String, String> values) {
        Optional<Gate> old = gate(phaseId, index);
        if (old.isEmpty()) {
            return false;
        }
        Optional<String> wrong = values.entrySet().stream()
                .flatMap(v -> gateProblem(v.getKey(), v.getValue()).stream()).findFirst();
        if (wrong.isPresent()) {
            status.set(capitalised(wrong.get()));
            return false;
        }
        Gate edited = GateForm.with(old.get(), values);
        editGates(phaseId, list -> list.set(index, edited), "edit a gate of " + phaseId);
        return true;
    }

    private Optional<Gate> gate(String phaseId, int index) {
        return Optional.ofNullable(plan.get()).flatMap(p -> p.phase(phaseId)).map(Phase::gates)
                .filter(gates -> index >= 0 && index < gates.size()).map(gates -> gates.get(index));
    }

    /** The services a gate may name: the estate's, its consumers' and the plan's; none without an estate. */
    private java.util.Set<String> gateServices() {
        Estate open = estate.getValue();
        if (open == null) {
            return java.util.Set.of();
        }
        java.util.Set<String> names = new java.util.TreeSet<>(open.snapshots().keySet());
        open.services().forEach(s -> names.add(s.name()));
        open.consumers().forEach(c -> names.add(c.service()));
        if (plan.get() != null) {
            names.addAll(plan.get().services());
        }
        return names;
    }

    /** Narrows the palette to the operations whose name has every word of {@code query}. */
    public void searchPalette(String query) {
        paletteQuery.set(query == null ? "" : query);
        palette.setAll(OperationPalette.search(query));
    }

    // ---- selection -----------------------------------------------------------------------------------------

    public void selectStep(String stepId) {
        Plan current = plan.get();
        String phase = stepId == null || current == null ? selectedPhase.get()
                : PlanEdits.phaseOf(current, stepId).orElse(null);
        select(phase, stepId, null);
    }

    public void selectPhase(String phaseId) {
        select(phaseId, null, null);
    }

    public void selectDeployment(DeploymentRef deployment) {
        select(deployment == null ? selectedPhase.get() : deployment.phaseId(), null, deployment);
    }

    /**
     * Selects what a matrix cell blames: the deployment that brings the version in too early, or the step that
     * removed what it reads, or else the phase.
     */
    public void selectCell(MatrixMark mark) {
        Plan current = plan.get();
        if (current == null || mark.reason() == null) {
            return;
        }
        String service = mark.version().substring(0, mark.version().lastIndexOf(' '));
        String version = mark.version().substring(mark.version().lastIndexOf(' ') + 1);
        Optional<DeploymentRef> deployment = deploymentOf(current, service, version, mark.early());
        if (mark.early() && deployment.isPresent()) {
            selectDeployment(deployment.get());
        } else if (mark.stepId() != null && PlanEdits.step(current, mark.stepId()).isPresent()) {
            selectStep(mark.stepId());
        } else if (deployment.isPresent()) {
            selectDeployment(deployment.get());
        } else if (mark.phaseId() != null) {
            selectPhase(mark.phaseId());
        }
        status.set(mark.explanation());
    }

    private static Optional<DeploymentRef> deploymentOf(Plan plan, String service, String version, boolean in) {
        for (Phase phase : plan.phases()) {
            for (int i = 0; i < phase.deployments().size(); i++) {
                ConsumerDeployment d = phase.deployments().get(i);
                if (d.service().equals(service) && version.equals(in ? d.to() : d.from())) {
                    return Optional.of(new DeploymentRef(phase.id(), i));
                }
            }
        }
        return Optional.empty();
    }

    private void select(String phaseId, String stepId, DeploymentRef deployment) {
        selectedPhase.set(phaseId);
        selectedStep.set(stepId);
        selectedDeployment.set(deployment);
        history.seal();
        stepForm.show(stepId);
        stepForm.showProblems(problems);
    }

    // ---- applying and analysing ----------------------------------------------------------------------------

    private void editGates(String phaseId, Consumer<List<Gate>> change, String editName) {
        perform(p -> {
            List<Gate> next = new ArrayList<>(p.phase(phaseId).orElseThrow().gates());
            change.accept(next);
            return PlanEdits.setGates(p, phaseId, next);
        }, editName);
    }

    private void editDeployments(String phaseId, Consumer<List<ConsumerDeployment>> change, String editName) {
        perform(p -> {
            List<ConsumerDeployment> next = new ArrayList<>(p.phase(phaseId).orElseThrow().deployments());
            change.accept(next);
            return PlanEdits.setDeployments(p, phaseId, next);
        }, editName);
    }

    private void perform(java.util.function.UnaryOperator<Plan> change, String editName) {
        Plan current = plan.get();
        if (current == null) {
            return;
        }
        try {
            edit(change.apply(current), editName, null, selectedStep.get());
        } catch (IllegalArgumentException | IndexOutOfBoundsException e) {
            status.set("Cannot " + editName + ": " + describe(e));
        }
    }

    private void load(Plan loaded, Path planFile, Plan onDisk) {
        cancel();
        history.clear();
        file.set(planFile);
        saved.set(onDisk);
        plan.set(loaded);
        select(null, null, null);
        review.set(null);
        columns.setAll(board.of(loaded, null));
        updateUndo();
        updateTitle();
        analyse(false);
    }

    private void apply(Plan next, String stepId) {
        plan.set(next);
        String keep = stepId != null && PlanEdits.step(next, stepId).isPresent() ? stepId : null;
        String phase = keep != null ? PlanEdits.phaseOf(next, keep).orElse(null)
                : Optional.ofNullable(selectedPhase.get()).filter(id -> next.phase(id).isPresent()).orElse(null);
        DeploymentRef selected = selectedDeployment.get();
        DeploymentRef deployment = selected != null && next.phase(selected.phaseId())
                .map(p -> p.deployments().size() > selected.index()).orElse(false) ? selected : null;
        selectedPhase.set(phase);
        selectedStep.set(keep);
        selectedDeployment.set(deployment);
        stepForm.planChanged(keep);
        columns.setAll(board.of(next, review.get()));
        updateUndo();
        updateTitle();
        analyse(true);
    }

    /**
     * Writes the recovery file (after an edit) and analyses the plan in the background, after the debounce;
     * cancels the analysis still waiting or running.
     */
    private void analyse(boolean edited) {
        Plan current = plan.get();
        if (current == null) {
            return;
        }
        cancel();
        int request = ++requests;
        Estate against = estate.getValue();
        Path planFile = file.get();
        boolean unsaved = dirty.get();
        PlanSource source = planFile != null ? PlanSource.file(planFile)
                : new PlanSource(current.name(), Path.of(current.name() + ".plan.yaml").toAbsolutePath(), null);
        analysing.set(true);
        current(tasks.run("analysing plan " + current.name(), progress -> {
            waitOut(progress);
            if (edited && unsaved) {
                recovery.save(current, planFile);
            }
            return against == null ? null : PlanReview.of(source, current, against);
        }, reviewed -> {
            if (request == requests) {
                this.current = null;
                analysing.set(false);
                shown(reviewed);
            }
        }, error -> {
            if (request != requests) {
                return;
            }
            this.current = null;
            analysing.set(false);
            if (!(error instanceof CancellationException)) {
                log.error("cannot analyse plan \"" + current.name() + "\": " + describe(error));
                status.set("The analysis failed; see the log");
            }
        }), request);
    }

    private void current(RunningTask task, int request) {
        if (request == requests && !task.isDone()) {
            current = task;
        }
    }

    private void waitOut(dev.phaseshift.app.task.TaskProgress progress) throws InterruptedException {
        long until = System.nanoTime() + debounce.toNanos();
        while (System.nanoTime() < until) {
            if (progress.isCancelled()) {
                throw new CancellationException("a newer edit came");
            }
            Thread.sleep(Math.max(1, Math.min(10, (until - System.nanoTime()) / 1_000_000)));
        }
    }

    private void shown(PlanReview reviewed) {
        review.set(reviewed);
        if (reviewed == null) {
            showAnalysis(null);
            status.set("Open an estate to check the plan against its schemas");
            return;
        }
        columns.setAll(board.of(plan.get(), reviewed));
        showAnalysis(reviewed);
        stepForm.showProblems(problems);
        status.set(reviewed.status());
    }

    private void showAnalysis(PlanReview reviewed) {
        findings.setAll(reviewed == null ? List.of() : reviewed.findings());
        problems.setAll(reviewed == null ? List.of() : reviewed.problems());
        states.setAll(reviewed == null ? List.of() : reviewed.states());
        matrix.setAll(reviewed == null ? List.of() : reviewed.matrix());
    }

    private void cancel() {
        if (current != null && !current.isDone()) {
            requests++;
            current.cancel();
        }
        current = null;
    }

    private boolean writeTo(Path target) {
        Plan current = plan.get();
        try {
            PlanFile.write(current, target);
        } catch (RuntimeException e) {
            log.error("cannot save plan \"" + current.name() + "\": " + describe(e));
            dialogs.showError("Cannot save plan", describe(e));
            return false;
        }
        file.set(target);
        saved.set(current);
        recovery.clear();
        remember(target);
        log.info("saved plan \"" + current.name() + "\" to " + target);
        status.set("Saved " + target.getFileName());
        updateTitle();
        return true;
    }

    private void remember(Path planFile) {
        updateRecent(new RecentFiles(recentPlans).withOpened(planFile));
    }

    private void updateRecent(RecentFiles next) {
        recentPlans.setAll(next.paths());
        settings.setRecentPlans(next);
        settings.flush();
    }

    private Path directory() {
        return Optional.ofNullable(file.get()).or(() -> recentPlans.stream().findFirst())
                .map(Path::getParent).filter(Files::isDirectory).orElse(null);
    }

    private void updateUndo() {
        canUndo.set(history.nextUndo().isPresent());
        canRedo.set(history.nextRedo().isPresent());
        undoText.set(history.nextUndo().map(n -> "Undo " + n).orElse("Undo"));
        redoText.set(history.nextRedo().map(n -> "Redo " + n).orElse("Redo"));
    }

    private void updateTitle() {
        Plan current = plan.get();
        title.set(current == null ? "" : current.name() + (dirty.get() ? " •" : "")
                + (file.get() == null ? " (not saved yet)" : " — " + file.get().getFileName()));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String describe(Throwable error) {
        String text = error.getMessage();
        return text == null || text.isBlank() ? error.getClass().getSimpleName() : text;
    }

    // ---- state ---------------------------------------------------------------------------------------------

    /** The plan being edited, or null. */
    public ReadOnlyObjectProperty<Plan> planProperty() {
        return plan.getReadOnlyProperty();
    }

    /** Its file; null for a new plan or a bundled demo plan not saved yet. */
    public ReadOnlyObjectProperty<Path> fileProperty() {
        return file.getReadOnlyProperty();
    }

    /** The last analysis shown; null before the first or without an estate. */
    public ReadOnlyObjectProperty<PlanReview> reviewProperty() {
        return review.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty analysingProperty() {
        return analysing.getReadOnlyProperty();
    }

    /** What the last edit did, or the analysis's verdict. */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** {@code rename phone • — rename-phone.plan.yaml}; the dot means unsaved changes. */
    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty undoTextProperty() {
        return undoText.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty redoTextProperty() {
        return redoText.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canUndoProperty() {
        return canUndo.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty canRedoProperty() {
        return canRedo.getReadOnlyProperty();
    }

    public BooleanBinding openBinding() {
        return open;
    }

    /** Whether the plan differs from its file (or was never saved). */
    public BooleanBinding dirtyBinding() {
        return dirty;
    }

    /** The selected phase's id: the selected step's phase, or the phase clicked; null for none. */
    public ReadOnlyStringProperty selectedPhaseProperty() {
        return selectedPhase.getReadOnlyProperty();
    }

    /** The selected step's id, or null. */
    public ReadOnlyStringProperty selectedStepProperty() {
        return selectedStep.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<DeploymentRef> selectedDeploymentProperty() {
        return selectedDeployment.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty paletteQueryProperty() {
        return paletteQuery.getReadOnlyProperty();
    }

    public StepFormViewModel stepForm() {
        return stepForm;
    }

    /** The board: a column per phase with its cards. */
    public ObservableList<PhaseColumn> columns() {
        return columnsView;
    }

    public ObservableList<FindingLine> findings() {
        return findingsView;
    }

    /** Validation problems ({@code file:line:column: error: ...}), errors first. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    /** The matrix's columns: {@code before}, then each phase. */
    public ObservableList<String> states() {
        return statesView;
    }

    public ObservableList<MatrixRow> matrix() {
        return matrixView;
    }

    /** The operations the palette offers for the current search. */
    public ObservableList<String> palette() {
        return paletteView;
    }

    /** The plan files opened or saved last, newest first. */
    public ObservableList<Path> recentPlans() {
        return recentPlansView;
    }
}
