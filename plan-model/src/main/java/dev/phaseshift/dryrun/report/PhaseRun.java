package dev.phaseshift.dryrun.report;

import java.util.List;
import java.util.Objects;

/**
 * One phase of the plan as the dry-run executed it.
 *
 * @param gates       the phase's verification gates, run before its steps
 * @param rollback    rolling the phase back: the introspected schemas compared with those before the phase ran
 * @param idempotence applying the phase again after its rollback: it succeeds and gives the same schemas
 */
public record PhaseRun(String phaseId, String kind, List<VerificationRun> gates, List<StepRun> steps, Check rollback,
                       Check idempotence) {
    public PhaseRun {
        Objects.requireNonNull(phaseId, "phaseId");
        gates = gates == null ? List.of() : List.copyOf(gates);
        steps = steps == null ? List.of() : List.copyOf(steps);
        rollback = rollback == null ? Check.skipped("not checked") : rollback;
        idempotence = idempotence == null ? Check.skipped("not checked") : idempotence;
    }

    public boolean passed() {
        return steps.stream().noneMatch(s -> s.status() == StepStatus.FAILED)
                && gates.stream().allMatch(VerificationRun::passed)
                && rollback.verdict() != Verdict.FAILED && idempotence.verdict() != Verdict.FAILED;
    }
}
