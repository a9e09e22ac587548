package dev.phaseshift.plan.sim;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.CreateTable;
import dev.phaseshift.plan.op.Issues;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Checks a plan's structure (unique ids, known services, phase dependencies that exist, point backwards and do
 * not cycle), then applies it step by step to the snapshots: each operation is validated against the schema
 * its service has at that point, and applied only when it validated without errors.
 */
public final class Simulation {
    private Simulation() {
    }

    /**
     * @param snapshots the schema of each service of the estate, by service name
     */
    public static SimulationResult run(Plan plan, Map<String, Snapshot> snapshots) {
        List<Problem> problems = new ArrayList<>(structure(plan, snapshots.keySet()));
        Map<String, Snapshot> state = new LinkedHashMap<>(snapshots);
        List<PhaseState> phases = new ArrayList<>();
        List<AppliedStep> applied = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            for (Step step : phase.steps()) {
                Snapshot before = state.get(step.service());
                if (before == null) {
                    continue;
                }
                List<Problem> found = check(step, step.operation(), before);
                for (Problem p : found) {
                    problems.add(at(step, p));
                }
                if (found.stream().noneMatch(Problem::isError)) {
                    Snapshot after = step.operation().applyTo(before);
                    state.put(step.service(), after);
                    applied.add(new AppliedStep(phase.id(), step, before, after));
                }
            }
            phases.add(new PhaseState(phase.id(), state));
        }
        return new SimulationResult(problems, snapshots, phases, applied);
    }

    /** {@link #run(Plan, Map)} on the estate's snapshots, then its consumer contracts checked after every phase. */
    public static SimulationResult run(Plan plan, dev.phaseshift.estate.Estate estate) {
        SimulationResult result = run(plan, estate.snapshots());
        List<Problem> consumers = ConsumerCheck.check(plan, result, estate.consumers());
        if (consumers.isEmpty()) {
            return result;
        }
        List<Problem> all = new ArrayList<>(result.problems());
        all.addAll(consumers);
        return new SimulationResult(all, result.initial(), result.phases(), result.applied());
    }

    /**
     * The schemas after rolling the simulated plan back to just after its first {@code keepPhases} phases. Every
     * undo operation (the step's own {@code rollback}, else the operation's inverse) is validated against the
     * schema it meets, as forward steps are, and applied only when it has no error; what the undo cannot restore
     * is reported as notes.
     */
    public static RollbackResult rollBack(SimulationResult result, int keepPhases) {
        Map<String, Snapshot> state = new LinkedHashMap<>(result.after(result.phases().size()));
        Set<String> kept = new HashSet<>();
        for (int i = 0; i < keepPhases; i++) {
            kept.add(result.phases().get(i).phaseId());
        }
        List<Problem> problems = new ArrayList<>();
        Set<String> recreated = new HashSet<>();
        List<AppliedStep> steps = result.applied();
        for (int i = steps.size() - 1; i >= 0; i--) {
            AppliedStep s = steps.get(i);
            if (kept.contains(s.phaseId())) {
                break;
            }
            Snapshot current = state.get(s.step().service());
            List<Operation> undo;
            if (s.step().rollback() != null) {
                undo = List.of(s.step().rollback());
            } else {
                undo = s.step().operation().inverse(s.before());
                for (Problem p : limits(s.step().operation(), s.before())) {
                    problems.add(atUndo(s.step(), s.step().operation(), p));
                }
            }
            for (Operation op : undo) {
                List<Problem> found = check(s.step(), op, current).stream().map(Simulation::asUndo).toList();
                found.forEach(p -> problems.add(atUndo(s.step(), op, p)));
                if (found.stream().noneMatch(Problem::isError)) {
                    emptyParent(s.step(), op, current, recreated).ifPresent(problems::add);
                    if (op instanceof CreateTable created) {
                        recreated.add(s.step().service() + " " + qualified(current, created.table()));
                    }
                    current = op.applyTo(current);
                }
            }
            state.put(s.step().service(), current);
        }
        return new RollbackResult(state, problems);
    }

    /**
     * An undo that changes a column back to the type it had restores a type every earlier value fitted in; only
     * values written since the change may not fit, so there it is a warning, not an error.
     */
    private static Problem asUndo(Problem p) {
        return "lossy-type-change".equals(p.code()) && p.isError()
                ? Problem.warning(p.code(), p.message() + " written since the change", p.help(), p.location()) : p;
    }

    /**
     * A table whose drop was rolled back comes back without rows, so putting back a foreign key that points at it
     * fails while the child table has rows: said here, where both steps are known.
     */
    private static java.util.Optional<Problem> emptyParent(Step step, Operation op, Snapshot current,
                                                           Set<String> recreated) {
        if (op instanceof AddForeignKey fk
                && !qualified(current, fk.table()).equals(qualified(current, fk.referencesTable()))
                && recreated.contains(step.service() + " " + qualified(current, fk.referencesTable()))) {
            return java.util.Optional.of(atUndo(step, op, Issues.undoLimit("undo-needs-values", "foreign key "
                    + Issues.q(fk.name()) + " of table " + Issues.q(fk.table()) + " points at table "
                    + Issues.q(fk.referencesTable()) + ", whose rows the rollback does not restore: putting the key "
                    + "back fails while " + Issues.q(fk.table()) + " has rows", "restore the rows of "
                    + Issues.q(fk.referencesTable()) + " before this step's rollback runs")));
        }
        return java.util.Optional.empty();
    }

    private static String qualified(Snapshot snapshot, String table) {
        return SchemaEdit.schemaOf(snapshot, table) + "." + SchemaEdit.bare(table);
    }

    private static List<Problem> limits(Operation operation, Snapshot before) {
        try {
            return operation.undoLimits(before);
        } catch (RuntimeException e) {
            return List.of(Problem.error("operation-check-failed", operation.operationName()
                    + " could not say what its rollback restores: " + e, "report this", null));
        }
    }

    private static Problem atUndo(Step step, Operation undo, Problem p) {
        return new Problem(p.code(), p.severity(), "rollback of step \"" + step.id() + "\" (" + step.service()
                + "), " + undo.operationName() + ": " + p.message(), p.help(), step.location());
    }

    private static List<Problem> check(Step step, Operation operation, Snapshot before) {
        try {
            return operation.validate(before);
        } catch (RuntimeException e) {
            // a check that cannot cope with a value is reported, so one odd step does not hide the others
            return List.of(Problem.error("operation-check-failed", operation.operationName()
                    + " could not be checked: " + e, "report this; the step may still be wrong", null));
        }
    }

    private static Problem at(Step step, Problem p) {
        return new Problem(p.code(), p.severity(), "step \"" + step.id() + "\" (" + step.service() + "): "
                + p.message(), p.help(), p.location() != null ? p.location() : step.location());
    }

    static List<Problem> structure(Plan plan, Set<String> services) {
        List<Problem> problems = new ArrayList<>();
        SourceLocation planAt = plan.location();
        Map<String, Integer> phaseIndex = new HashMap<>();
        Set<String> stepIds = new HashSet<>();
        for (int i = 0; i < plan.phases().size(); i++) {
            Phase phase = plan.phases().get(i);
            if (phaseIndex.putIfAbsent(phase.id(), i) != null) {
                problems.add(Problem.error("duplicate-phase-id", "phase id \"" + phase.id() + "\" is used twice",
                        "give every phase its own id", phase.location()));
            }
            for (Step step : phase.steps()) {
                if (!stepIds.add(step.id())) {
                    problems.add(Problem.error("duplicate-step-id", "step id \"" + step.id() + "\" is used twice",
                            "give every step its own id", step.location()));
                }
                if (!services.contains(step.service())) {
                    problems.add(Problem.error("unknown-service", "step \"" + step.id() + "\" targets service \""
                            + step.service() + "\", which the estate does not have (or has no snapshot of)",
                            "known services: " + String.join(", ", services), step.location()));
                } else if (!plan.services().isEmpty() && !plan.services().contains(step.service())) {
                    problems.add(Problem.warning("undeclared-service", "step \"" + step.id() + "\" targets service \""
                            + step.service() + "\", which the plan's services do not list", null, step.location()));
                }
            }
            for (Gate gate : phase.gates()) {
                String service = gate instanceof VerificationGate v ? v.service()
                        : gate instanceof DeploymentWait w ? w.service() : null;
                if (service != null && !services.contains(service)) {
                    problems.add(Problem.error("unknown-service", "a gate of phase \"" + phase.id()
                            + "\" names service \"" + service + "\", which the estate does not have", null,
                            phase.location()));
                }
            }
            for (ConsumerDeployment d : phase.deployments()) {
                if (!services.contains(d.service())) {
                    problems.add(Problem.error("unknown-service", "phase \"" + phase.id() + "\" deploys service \""
                            + d.service() + "\", which the estate does not have", null, phase.location()));
                }
            }
        }
        for (String s : plan.services()) {
            if (!services.contains(s)) {
                problems.add(Problem.error("unknown-service", "the plan lists service \"" + s
                        + "\", which the estate does not have", "known services: " + String.join(", ", services),
                        planAt));
            }
        }
        for (int i = 0; i < plan.phases().size(); i++) {
            Phase phase = plan.phases().get(i);
            for (String dep : phase.dependsOn()) {
                Integer at = phaseIndex.get(dep);
                if (dep.equals(phase.id())) {
                    problems.add(Problem.error("self-dependency", "phase \"" + phase.id() + "\" depends on itself",
                            "remove it from depends_on", phase.location()));
                } else if (at == null) {
                    problems.add(Problem.error("unknown-phase", "phase \"" + phase.id() + "\" depends on phase \""
                            + dep + "\", which the plan does not have", null, phase.location()));
                } else if (at > i) {
                    problems.add(Problem.error("dependency-order", "phase \"" + phase.id() + "\" depends on phase \""
                                    + dep + "\", which comes after it",
                            "phases run in plan order; move \"" + dep + "\" earlier", phase.location()));
                }
            }
        }
        return problems;
    }
}
