package dev.phaseshift.dryrun.report;

import dev.phaseshift.lint.Finding;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.lock.StatementLocks;
import dev.phaseshift.lock.StepLocks;
import dev.phaseshift.lock.Throughput;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.sim.AppliedStep;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The static analysis a dry-run report carries beside what it observed: the lock model's prediction per step, the
 * lint findings and the consumer compatibility matrix, all computed on the model.
 */
public record PlanAnalysis(Map<String, Prediction> predictions, List<Finding> findings,
                           List<CompatibilityCell> compatibility) {
    public PlanAnalysis {
        predictions = Map.copyOf(predictions);
        findings = List.copyOf(findings);
        compatibility = List.copyOf(compatibility);
    }

    /** The lock predictions, findings and matrix cells of a plan check. */
    public static PlanAnalysis of(PlanCheck check) {
        Map<String, Prediction> predictions = new HashMap<>();
        for (PhaseLocks phase : check.locks()) {
            for (StepLocks step : phase.steps()) {
                predictions.put(step.stepId(), prediction(step));
            }
        }
        List<CompatibilityCell> cells = check.matrix().cells().stream()
                .map(c -> new CompatibilityCell(c.consumer(), c.version(), c.state(), c.live(), c.compatible(),
                        c.reason()))
                .toList();
        return new PlanAnalysis(predictions, check.lint().findings(), cells);
    }

    /** The prediction of an applied step, for {@link dev.phaseshift.dryrun.DryRunRequest#predictor()}. */
    public Function<AppliedStep, Prediction> predictor() {
        return applied -> predictions.get(applied.step().id());
    }

    private static Prediction prediction(StepLocks step) {
        List<String> locks = step.strongestLocks().stream().map(l -> l.mode() + " on " + l.table()).toList();
        List<String> effects = step.statements().stream().filter(StatementLocks::understood)
                .map(s -> s.effect().touchesRows() ? s.effect().verb() + " " + Throughput.rows(s.rows()) + " rows"
                        : s.effect().description())
                .distinct().toList();
        String effect = step.notUnderstood().isEmpty() ? String.join(", ", effects)
                : String.join(", ", effects) + (effects.isEmpty() ? "" : ", ") + step.notUnderstood().size()
                + " statement(s) not understood";
        return new Prediction(locks, !step.writesBlocked().isEmpty(), effect, Throughput.duration(step.seconds()));
    }
}
