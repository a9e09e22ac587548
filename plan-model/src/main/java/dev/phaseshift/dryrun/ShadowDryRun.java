package dev.phaseshift.dryrun;

import dev.phaseshift.dryrun.report.DryRunReport;

/**
 * Rehearses a plan on shadow databases: one per service the plan changes, created on its scratch server from the
 * snapshot's DDL, filled as asked, run phase by phase as the runner would, rolled back and re-applied, and always
 * dropped.
 */
public final class ShadowDryRun {
    private ShadowDryRun() {
    }

    public static DryRunReport run(DryRunRequest request, DryRunListener listener) {
        throw new UnsupportedOperationException("shadow dry-run not written yet");
    }
}
