package dev.phaseshift.dryrun.report;

/** What happened to a step. */
public enum StepStatus {
    /** Every statement ran (and a verification returned true). */
    OK,
    /** A statement failed or a verification returned false. */
    FAILED,
    /** Not run because its effect was already there. */
    SKIPPED,
    /** Not run because an earlier step of its service failed or the run was cancelled. */
    NOT_RUN
}
