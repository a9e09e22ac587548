package dev.phaseshift.app.dryrun;

import dev.phaseshift.dryrun.report.ObservedLock;
import dev.phaseshift.dryrun.report.StepRun;

import java.util.Locale;
import java.util.stream.Collectors;

/**
 * One row of the step table: a step as one pass of the dry-run ran it.
 *
 * @param pass   {@code forward}, {@code rollback} or {@code re-run}, as the dry-run names its passes
 * @param status {@code ok}, {@code failed}, {@code skipped}, {@code not run}
 * @param locks  the locks seen, {@code AccessExclusiveLock on public.customers (blocks writes)}
 */
public record StepLine(String pass, String stepId, String service, String operation, String status, long millis,
                       String rows, String locks, String error) {
    static StepLine of(String pass, StepRun run) {
        String locks = run.locks().stream().map(StepLine::lock).distinct().collect(Collectors.joining(", "));
        return new StepLine(pass, run.stepId(), run.service(), run.operation() == null ? "" : run.operation(),
                run.status().name().toLowerCase(Locale.ROOT).replace('_', ' '), run.wallMillis(),
                run.rowsAffected() == null ? "" : run.rowsAffected().toString(), locks,
                run.error() == null ? "" : run.error());
    }

    private static String lock(ObservedLock lock) {
        return lock.mode() + " on " + lock.relation() + (lock.blocksWrites() ? " (blocks writes)" : "");
    }

    public boolean ok() {
        return status.equals("ok") || status.equals("skipped");
    }
}
