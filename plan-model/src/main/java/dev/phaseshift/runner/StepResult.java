package dev.phaseshift.runner;

/**
 * One step of an apply or rollback run.
 *
 * @param status  done, failed, or null when the step was skipped (done before, or stopped by another failure)
 * @param skipped why it did not run, or null
 * @param detail  the error of a failed step
 */
public record StepResult(String service, String stepId, EntryStatus status, int attempt, long millis, long rowsDone,
                         String skipped, String detail) {
}
