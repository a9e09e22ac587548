package dev.phaseshift.app.wizard;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.pattern.PatternResult;
import dev.phaseshift.plan.sim.Simulation;
import javafx.beans.binding.BooleanBinding;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A pattern wizard. Page 1 asks for the change and shows whom it affects: the services, the consumer versions
 * that use the target (each with the deployment the plan will make of it) and what the estate graph finds
 * downstream. Page 2 shows the phases the pattern generates, or why it refuses. Finish hands the phases to the
 * plan editor, which merges them into the open plan ({@link PlanAmendment}) as one undoable edit, or opens them as
 * a new plan not saved yet: the wizard writes no file.
 */
public final class PatternWizardViewModel {
    /** What the wizard works on besides its target; {@code openPlan} is the editor's plan, or null. */
    public record Context(Estate estate, EstateGraph graph, Plan openPlan) {
    }

    /** Where Finish puts the phases: the plan editor. */
    @FunctionalInterface
    public interface PhaseInsertion {
        /** Inserts {@code phases} (a pattern's plan) as one edit named {@code editName}. */
        void insert(Plan phases, String editName);
    }

    public static final int INTENT = 0;
    public static final int REVIEW = 1;

    private final PatternKind kind;
    private final PatternTarget target;
    private final Context context;
    private final PhaseInsertion insertion;
    private final PatternForm form;
    private final ConsumerImpact impact;

    private final ReadOnlyIntegerWrapper page = new ReadOnlyIntegerWrapper(this, "page", INTENT);
    private final ReadOnlyObjectWrapper<Plan> generated = new ReadOnlyObjectWrapper<>(this, "generated");
    private final ReadOnlyObjectWrapper<Plan> result = new ReadOnlyObjectWrapper<>(this, "result");
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper finished = new ReadOnlyBooleanWrapper(this, "finished");
    private final ReadOnlyBooleanWrapper formComplete = new ReadOnlyBooleanWrapper(this, "formComplete");
    private final ObservableList<PhasePreview> phases = FXCollections.observableArrayList();
    private final ObservableList<String> problems = FXCollections.observableArrayList();
    private final ObservableList<PhasePreview> phasesView = FXCollections.unmodifiableObservableList(phases);
    private final ObservableList<String> problemsView = FXCollections.unmodifiableObservableList(problems);
    private final BooleanBinding canNext;
    private final BooleanBinding canFinish;

    public PatternWizardViewModel(PatternKind kind, PatternTarget target, Context context,
                                  PhaseInsertion insertion) {
        if (!kind.appliesTo(target)) {
            throw new IllegalArgumentException(kind.title() + " does not start on " + target.label());
        }
        this.kind = kind;
        this.target = target;
        this.context = context;
        this.insertion = insertion;
        this.form = new PatternForm(kind, target);
        this.impact = ConsumerImpact.of(target, context.estate(), context.graph());
        form.fields().forEach(f -> f.valueProperty().addListener((obs, old, now) -> formChanged()));
        formChanged();
        canNext = page.isEqualTo(INTENT).and(formComplete);
        canFinish = page.isEqualTo(REVIEW).and(generated.isNotNull()).and(finished.not());
    }

    // ---- commands ------------------------------------------------------------------------------------------

    /** Runs the pattern with what page 1 says and shows the result on page 2. */
    public void next() {
        if (!canNext.get()) {
            return;
        }
        generate();
        page.set(REVIEW);
    }

    private void generate() {
        List<ConsumerDeployment> deployments = kind.deploysConsumers() ? impact.consumers().stream()
                .map(DeploymentChoice::deployment).flatMap(Optional::stream).toList() : List.of();
        PatternResult outcome = form.generate(context.estate(), deployments);
        List<String> found = new ArrayList<>(outcome.problems().stream().map(Problem::toString).toList());
        if (outcome.succeeded()) {
            // the pattern checks its own target; the simulation checks the rest of the schema (views, triggers);
            // what the open plan gets wrong on its own is the editor's to show, not a reason to refuse
            List<String> already = context.openPlan() == null ? List.of() : errors(context.openPlan());
            errors(inEditor(outcome.plan())).stream().filter(e -> !already.contains(e)).forEach(found::add);
        }
        problems.setAll(found);
        generated.set(found.isEmpty() ? outcome.plan() : null);
        phases.setAll(outcome.succeeded() ? previews(outcome.plan()) : List.of());
        message.set(found.isEmpty() ? summary(outcome.plan()) : outcome.succeeded()
                ? "The phases do not apply to the estate's schemas: go back and change what page 1 says"
                : kind.title() + " cannot be generated: go back and change what page 1 says");
    }

    public void back() {
        page.set(INTENT);
        message.set("");
    }

    /** Hands the phases to the plan editor and closes: one edit there, undone as a whole by Ctrl+Z. */
    public void finish() {
        if (!canFinish.get()) {
            return;
        }
        Plan phases = generated.get();
        insertion.insert(phases, kind.title().toLowerCase(Locale.ROOT) + " " + target.label());
        result.set(phases);
        message.set(context.openPlan() == null ? "Opened the phases as a new plan"
                : "Inserted the phases into \"" + context.openPlan().name() + "\"");
        finished.set(true);
    }

    // ---- helpers -------------------------------------------------------------------------------------------

    private List<String> errors(Plan plan) {
        return Simulation.run(plan, context.estate()).problems().stream().filter(Problem::isError)
                .map(Problem::toString).toList();
    }

    /** The open plan with the phases merged in, or the generated plan on its own: what the editor will hold. */
    private Plan inEditor(Plan generatedPlan) {
        return context.openPlan() != null ? PlanAmendment.insert(context.openPlan(), generatedPlan) : generatedPlan;
    }

    private void formChanged() {
        formComplete.set(form.complete());
    }

    private static List<PhasePreview> previews(Plan plan) {
        List<PhasePreview> out = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            out.add(new PhasePreview(phase.id(), phase.kind().name().toLowerCase(Locale.ROOT),
                    phase.description() == null ? "" : phase.description(),
                    phase.steps().stream().map(s -> s.id() + " · " + s.operation().operationName() + " · "
                            + s.service()).toList(),
                    phase.deployments().stream().map(ConsumerDeployment::toString).toList(),
                    phase.gates().stream().map(PatternWizardViewModel::gate).toList()));
        }
        return out;
    }

    /** {@code waits for shipping v4 to be deployed}, as the review page lists a gate. */
    static String gate(Gate gate) {
        if (gate instanceof ManualApproval approval) {
            return "approval: " + approval.description();
        }
        if (gate instanceof DeploymentWait wait) {
            return "waits until " + wait.service() + " " + wait.version() + " is deployed";
        }
        if (gate instanceof VerificationGate check) {
            return "verifies on " + check.service() + ": " + check.query();
        }
        return gate.toString();
    }

    private static String summary(Plan plan) {
        int steps = plan.stepCount();
        return plan.phases().size() + " phases, " + steps + (steps == 1 ? " step" : " steps") + " across "
                + String.join(", ", plan.services());
    }

    // ---- state ---------------------------------------------------------------------------------------------

    public PatternKind kind() {
        return kind;
    }

    public PatternTarget target() {
        return target;
    }

    /** {@code Rename column safely: customers.public.customers.locale}. */
    public String title() {
        return kind.title() + ": " + target.label();
    }

    public List<WizardField> fields() {
        return form.fields();
    }

    /** Who the change reaches; shown on page 1 before anything is generated. */
    public ConsumerImpact impact() {
        return impact;
    }

    /** Whether the change moves consumers to new versions, so page 1 offers the deployments. */
    public boolean offersDeployments() {
        return kind.deploysConsumers();
    }

    /** Where Finish (Insert phases) puts the phases, as page 2 says it. */
    public String destination() {
        return context.openPlan() == null
                ? "Insert phases opens them in the plan editor as a new plan, not saved yet: File ▸ Save plan as… "
                + "keeps it."
                : "Insert phases adds them to the plan open in the editor, \"" + context.openPlan().name()
                + "\", as one edit: Ctrl+Z takes them out again.";
    }

    public ReadOnlyIntegerProperty pageProperty() {
        return page.getReadOnlyProperty();
    }

    /** The pattern's plan once page 2 is shown and it generated; null otherwise. */
    public ReadOnlyObjectProperty<Plan> generatedProperty() {
        return generated.getReadOnlyProperty();
    }

    /** The plan written by {@link #finish()}: what the wizard returns. */
    public ReadOnlyObjectProperty<Plan> resultProperty() {
        return result.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty finishedProperty() {
        return finished.getReadOnlyProperty();
    }

    public ObservableList<PhasePreview> phases() {
        return phasesView;
    }

    /** Why the pattern refused, {@code error: column "x" ...}. */
    public ObservableList<String> problems() {
        return problemsView;
    }

    public BooleanBinding canNextBinding() {
        return canNext;
    }

    public BooleanBinding canFinishBinding() {
        return canFinish;
    }
}
