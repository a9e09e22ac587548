package dev.phaseshift.dryrun;

import dev.phaseshift.dryrun.report.StepRun;

/** Progress of a dry-run, for a command line or a window; called on the dry-run's thread. */
public interface DryRunListener {
    DryRunListener SILENT = new DryRunListener() {
    };

    /** A line for people: {@code creating shadow for orders on jdbc:postgresql://...}. */
    default void message(String text) {
    }

    /** A step finished (forward run, rollback or re-run: {@code pass} says which). */
    default void stepDone(String pass, StepRun step) {
    }

    /** Asked between statements; true stops the run (shadows are still dropped). */
    default boolean cancelled() {
        return false;
    }
}
