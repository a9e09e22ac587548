package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.RollbackResult;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Snapshot;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A dry-run on the model only: simulation, lint and the compatibility matrix, labelled as simulated. Steps are
 * OK when they validate and apply on the model; rollback and reversibility are checked by undoing the model;
 * idempotence needs SQL to run twice, so it is skipped.
 */
public final class SimulatedDryRun {
    private static final String NO_SQL = "a simulated run cannot re-run SQL";

    private SimulatedDryRun() {
    }

    public static DryRunReport run(Plan plan, String planFile, Estate estate) {
        return run(plan, planFile, estate, Clock.systemUTC());
    }

    static DryRunReport run(Plan plan, String planFile, Estate estate, Clock clock) {
        Instant started = clock.instant();
        PlanCheck check = PlanCheck.of(plan, estate);
        SimulationResult simulation = check.simulation();
        List<Problem> problems = check.problems();
        PlanAnalysis analysis = PlanAnalysis.of(check);
        List<PhaseRun> phases = phases(plan, simulation);
        Check reversible = modelCheck(() -> compare(Simulation.rollBack(simulation, 0), simulation.initial(),
                "rolling the whole plan back on the model gives the schemas it started from",
                "rolling the whole plan back on the model does not give the schemas it started from"));
        long elapsed = Math.max(0, clock.millis() - started.toEpochMilli());
        return new DryRunReport(plan.name(), planFile, RunKind.SIMULATED, started, elapsed, List.of(), phases,
                reversible, analysis.findings(), analysis.compatibility(), problems);
    }

    private static List<PhaseRun> phases(Plan plan, SimulationResult simulation) {
        Set<String> applied = new HashSet<>();
        simulation.applied().stream().map(AppliedStep::step).map(Step::id).forEach(applied::add);
        List<PhaseRun> runs = new ArrayList<>();
        boolean stopped = false;
        for (int i = 0; i < plan.phases().size(); i++) {
            Phase phase = plan.phases().get(i);
            List<StepRun> steps = new ArrayList<>();
            for (Step step : phase.steps()) {
                StepStatus status = stopped ? StepStatus.NOT_RUN
                        : applied.contains(step.id()) ? StepStatus.OK : StepStatus.FAILED;
                String error = status == StepStatus.FAILED ? failure(step, simulation.problems()) : null;
                stopped |= status == StepStatus.FAILED;
                steps.add(new StepRun(step.id(), step.service(), step.operation().operationName(), status, 0, 0,
                        null, List.of(), List.of(), null, error, null, null, null));
            }
            boolean complete = steps.stream().allMatch(s -> s.status() == StepStatus.OK);
            int index = i;
            Check rollback = complete ? modelCheck(() -> phaseRollback(simulation, index))
                    : Check.skipped("not checked: the phase did not apply cleanly on the model");
            // verification gates query data, so none ran: the report lists no gate results rather than invented ones
            runs.add(new PhaseRun(phase.id(), phase.kind().id(), List.of(), steps,
                    rollback, Check.skipped(NO_SQL)));
        }
        return runs;
    }

    private static Check modelCheck(java.util.function.Supplier<Check> check) {
        try {
            return check.get();
        } catch (RuntimeException e) {
            // an inverse that cannot cope with the model is a bug, but one step's bug should not hide the report
            return Check.failed("could not roll back on the model: " + e, List.of());
        }
    }

    /** Rolls back phase {@code index} alone: the simulation cut after it, undone to just before it. */
    private static Check phaseRollback(SimulationResult simulation, int index) {
        Set<String> phaseIds = new HashSet<>();
        for (int i = 0; i <= index; i++) {
            phaseIds.add(simulation.phases().get(i).phaseId());
        }
        SimulationResult upToPhase = new SimulationResult(simulation.problems(), simulation.initial(),
                simulation.phases().subList(0, index + 1),
                simulation.applied().stream().filter(a -> phaseIds.contains(a.phaseId())).toList());
        return compare(Simulation.rollBack(upToPhase, index), simulation.after(index),
                "rolling the phase back on the model gives the schemas before it",
                "rolling the phase back on the model does not give the schemas before it");
    }

    private static Check compare(RollbackResult rolledBack, Map<String, Snapshot> expected, String same,
                                 String different) {
        List<ModelDifferences.Difference> differences = ModelDifferences.between(expected, rolledBack.schemas());
        List<ModelDifferences.Difference> real = differences.stream().filter(d -> !d.positionOnly()).toList();
        // an undo operation that does not validate fails the check even when the schemas happen to agree
        List<String> undoErrors = rolledBack.problems().stream().filter(Problem::isError).map(Problem::message)
                .toList();
        if (!real.isEmpty() || !undoErrors.isEmpty()) {
            List<String> all = new ArrayList<>(undoErrors);
            real.stream().map(ModelDifferences.Difference::text).forEach(all::add);
            return Check.failed(different, all);
        }
        Optional<String> note = ModelDifferences.positionNote(differences);
        return note.isEmpty() ? Check.passed(same)
                : new Check(Verdict.PASSED, same + "; " + note.get(),
                differences.stream().map(ModelDifferences.Difference::text).toList());
    }

    private static String failure(Step step, List<Problem> problems) {
        String prefix = "step \"" + step.id() + "\"";
        return problems.stream().filter(Problem::isError).map(Problem::message).filter(m -> m.startsWith(prefix))
                .findFirst().orElse(prefix + " did not apply on the model");
    }
}
