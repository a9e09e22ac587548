package dev.phaseshift.app.editor;

import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The edits the editor makes to a plan, each a pure function from one plan to the next. The plan's declared
 * services follow its steps and deployments: the declared order is kept and services new to the plan are added.
 */
public final class PlanEdits {
    private PlanEdits() {
    }

    /** A plan with no phases yet. */
    public static Plan empty(String name) {
        return new Plan(name, null, List.of(), List.of(), null);
    }

    /** Adds a phase at the end; its id is {@code kind} or {@code kind-2}, ... when that is taken. */
    public static Plan addPhase(Plan plan, PhaseKind kind) {
        String id = uniquePhaseId(plan, kind.id());
        List<Phase> phases = new ArrayList<>(plan.phases());
        phases.add(Phase.of(id, kind, List.of()));
        return with(plan, phases);
    }

    /** Renames a phase, and the {@code depends_on} entries that name it. */
    public static Plan renamePhase(Plan plan, String phaseId, String newId) {
        if (phaseId.equals(newId)) {
            return plan;
        }
        if (newId.isBlank() || plan.phase(newId).isPresent()) {
            throw new IllegalArgumentException("phase \"" + newId + "\" " + (newId.isBlank() ? "has no name"
                    : "exists already"));
        }
        List<Phase> phases = new ArrayList<>();
        for (Phase p : plan.phases()) {
            Phase renamed = p.id().equals(phaseId) ? new Phase(newId, p.kind(), p.description(), p.dependsOn(),
                    p.gates(), p.steps(), p.deployments(), p.location()) : p;
            phases.add(renamed.withDependsOn(renamed.dependsOn().stream()
                    .map(d -> d.equals(phaseId) ? newId : d).toList()));
        }
        return with(plan, phases);
    }

    public static Plan setPhaseKind(Plan plan, String phaseId, PhaseKind kind) {
        return editPhase(plan, phaseId, p -> new Phase(p.id(), kind, p.description(), p.dependsOn(), p.gates(),
                p.steps(), p.deployments(), p.location()));
    }

    /** Moves a phase by {@code offset} places (negative: earlier); stays within the plan. */
    public static Plan movePhase(Plan plan, String phaseId, int offset) {
        List<Phase> phases = new ArrayList<>(plan.phases());
        int from = indexOf(plan, phaseId);
        int to = Math.max(0, Math.min(phases.size() - 1, from + offset));
        phases.add(to, phases.remove(from));
        return with(plan, phases);
    }

    /** Deletes a phase with its steps, and the {@code depends_on} entries that name it. */
    public static Plan removePhase(Plan plan, String phaseId) {
        indexOf(plan, phaseId);
        return with(plan, plan.phases().stream().filter(p -> !p.id().equals(phaseId))
                .map(p -> p.withDependsOn(p.dependsOn().stream().filter(d -> !d.equals(phaseId)).toList()))
                .toList());
    }

    /** Inserts {@code step} into a phase at {@code index} (clamped; -1 for the end). */
    public static Plan addStep(Plan plan, String phaseId, Step step, int index) {
        if (plan.steps().anyMatch(s -> s.id().equals(step.id()))) {
            throw new IllegalArgumentException("step \"" + step.id() + "\" exists already");
        }
        return editPhase(plan, phaseId, p -> withSteps(p, insert(p.steps(), step, index)));
    }

    /** Replaces the step with id {@code stepId} by {@code step} (which may have a new id). */
    public static Plan replaceStep(Plan plan, String stepId, Step step) {
        String phaseId = phaseOf(plan, stepId).orElseThrow(() -> unknownStep(stepId));
        return editPhase(plan, phaseId, p -> withSteps(p, p.steps().stream()
                .map(s -> s.id().equals(stepId) ? step : s).toList()));
    }

    public static Plan removeStep(Plan plan, String stepId) {
        String phaseId = phaseOf(plan, stepId).orElseThrow(() -> unknownStep(stepId));
        return editPhase(plan, phaseId, p -> withSteps(p, p.steps().stream()
                .filter(s -> !s.id().equals(stepId)).toList()));
    }

    /**
     * Moves a step to {@code index} of phase {@code toPhase} (the same phase or another); the index counts the
     * target phase's steps without the moved one, -1 for the end.
     */
    public static Plan moveStep(Plan plan, String stepId, String toPhase, int index) {
        Step step = step(plan, stepId).orElseThrow(() -> unknownStep(stepId));
        indexOf(plan, toPhase);
        Plan without = removeStep(plan, stepId);
        return editPhase(without, toPhase, p -> withSteps(p, insert(p.steps(), step, index)));
    }

    /** Moves the deployment at {@code index} of phase {@code fromPhase} to the end of phase {@code toPhase}. */
    public static Plan moveDeployment(Plan plan, String fromPhase, int index, String toPhase) {
        ConsumerDeployment moved = plan.phases().get(indexOf(plan, fromPhase)).deployments().get(index);
        indexOf(plan, toPhase);
        Plan without = editPhase(plan, fromPhase, p -> p.withDeployments(remove(p.deployments(), index)));
        return editPhase(without, toPhase, p -> p.withDeployments(insert(p.deployments(), moved, -1)));
    }

    public static Plan setDeployments(Plan plan, String phaseId, List<ConsumerDeployment> deployments) {
        return editPhase(plan, phaseId, p -> p.withDeployments(deployments));
    }

    public static Plan setGates(Plan plan, String phaseId, List<Gate> gates) {
        return editPhase(plan, phaseId, p -> p.withGates(gates));
    }

    public static Optional<Step> step(Plan plan, String stepId) {
        return plan.steps().filter(s -> s.id().equals(stepId)).findFirst();
    }

    /** The id of the phase holding the step. */
    public static Optional<String> phaseOf(Plan plan, String stepId) {
        return plan.phases().stream().filter(p -> p.steps().stream().anyMatch(s -> s.id().equals(stepId)))
                .map(Phase::id).findFirst();
    }

    /** {@code base}, or {@code base-2}, {@code base-3}, ... whichever no step has yet. */
    public static String uniqueStepId(Plan plan, String base) {
        String id = base;
        for (int n = 2; step(plan, id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    static String uniquePhaseId(Plan plan, String base) {
        String id = base;
        for (int n = 2; plan.phase(id).isPresent(); n++) {
            id = base + "-" + n;
        }
        return id;
    }

    private static Plan editPhase(Plan plan, String phaseId, UnaryOperator<Phase> edit) {
        int at = indexOf(plan, phaseId);
        List<Phase> phases = new ArrayList<>(plan.phases());
        phases.set(at, edit.apply(phases.get(at)));
        return with(plan, phases);
    }

    private static Phase withSteps(Phase p, List<Step> steps) {
        return new Phase(p.id(), p.kind(), p.description(), p.dependsOn(), p.gates(), steps, p.deployments(),
                p.location());
    }

    private static Plan with(Plan plan, List<Phase> phases) {
        LinkedHashSet<String> services = new LinkedHashSet<>(plan.services());
        for (Phase p : phases) {
            p.steps().forEach(s -> services.add(s.service()));
            p.deployments().forEach(d -> services.add(d.service()));
        }
        return new Plan(plan.name(), plan.description(), List.copyOf(services), phases, plan.location());
    }

    private static int indexOf(Plan plan, String phaseId) {
        for (int i = 0; i < plan.phases().size(); i++) {
            if (plan.phases().get(i).id().equals(phaseId)) {
                return i;
            }
        }
        throw new IllegalArgumentException("no phase \"" + phaseId + "\" in plan \"" + plan.name() + "\"");
    }

    private static <T> List<T> insert(List<T> list, T item, int index) {
        List<T> out = new ArrayList<>(list);
        out.add(index < 0 || index > out.size() ? out.size() : index, item);
        return out;
    }

    private static <T> List<T> remove(List<T> list, int index) {
        List<T> out = new ArrayList<>(list);
        out.remove(index);
        return out;
    }

    private static IllegalArgumentException unknownStep(String stepId) {
        return new IllegalArgumentException("no step \"" + stepId + "\" in the plan");
    }
}
