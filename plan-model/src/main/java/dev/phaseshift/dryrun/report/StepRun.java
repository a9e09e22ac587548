package dev.phaseshift.dryrun.report;

import java.util.List;
import java.util.Objects;

/**
 * One step as it ran on its shadow.
 *
 * @param operation      the operation name ({@code add_column})
 * @param startMillis    when it started, in milliseconds since the run started (for the timeline)
 * @param wallMillis     how long it took
 * @param rowsAffected   rows the statements reported changing, or null when none reports a count
 * @param statements     each statement with its own timing and outcome, in order
 * @param locks          the locks seen while the step ran
 * @param predicted      what the lock model predicted for the step, or null
 * @param error          the server's message when the step failed, or null
 * @param failedSql      the statement that failed, or null
 * @param stateLeft      after a failure that could not be rolled back (MySQL DDL commits itself): what the step
 *                       left behind, as differences from the schema before it; null otherwise
 * @param backfill       for a backfill: the measured throughput and its extrapolation to production; null otherwise
 */
public record StepRun(String stepId, String service, String operation, StepStatus status, long startMillis,
                      long wallMillis, Long rowsAffected, List<StatementRun> statements, List<ObservedLock> locks,
                      Prediction predicted, String error, String failedSql, List<String> stateLeft,
                      BackfillEstimate backfill) {
    public StepRun {
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(status, "status");
        statements = statements == null ? List.of() : List.copyOf(statements);
        locks = locks == null ? List.of() : List.copyOf(locks);
        stateLeft = stateLeft == null ? null : List.copyOf(stateLeft);
    }
}
