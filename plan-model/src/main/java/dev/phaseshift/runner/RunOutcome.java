package dev.phaseshift.runner;

import java.util.List;

/**
 * What an apply or rollback run did.
 *
 * @param action          {@code apply} or {@code rollback}
 * @param gates           how each gate was passed, in order
 * @param ok              every step ran (or was done before)
 * @param alreadyDone     the phase was done before this run; nothing ran
 * @param rollbackCommand the command that rolls back what ran, printed when a step failed; else null
 */
public record RunOutcome(String action, String planName, String phase, List<String> gates, List<StepResult> steps,
                         boolean ok, boolean alreadyDone, String rollbackCommand) {
    public RunOutcome {
        gates = List.copyOf(gates);
        steps = List.copyOf(steps);
    }
}
