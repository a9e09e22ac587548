package dev.phaseshift.dryrun.report;

/** How a dry-run was made. */
public enum RunKind {
    /** The plan ran on shadow databases on real servers. */
    SHADOW,
    /** Nothing ran: the model simulation, lint and compatibility matrix only, for reviewers offline. */
    SIMULATED
}
