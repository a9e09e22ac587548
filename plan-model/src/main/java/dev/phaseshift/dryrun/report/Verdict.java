package dev.phaseshift.dryrun.report;

/** The outcome of a check. */
public enum Verdict {
    PASSED, FAILED, SKIPPED
}
