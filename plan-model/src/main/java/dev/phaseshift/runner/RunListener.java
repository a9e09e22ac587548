package dev.phaseshift.runner;

/** Hears what a run does while it runs; called from the threads that run services' steps. */
public interface RunListener {
    /** One line of progress: a step started or finished, a retry, a gate passed. */
    void message(String line);

    /** A backfill committed a batch. */
    default void backfill(String service, String stepId, long rowsDone, long rowsTotal) {
    }

    /** A backfill stopped (done or not): a progress bar may close. */
    default void backfillEnded(String service, String stepId) {
    }

    RunListener SILENT = line -> { };
}
