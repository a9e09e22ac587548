package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;

/** A dry-run on the model only: simulation, lint and the compatibility matrix, labelled as simulated. */
public final class SimulatedDryRun {
    private SimulatedDryRun() {
    }

    public static DryRunReport run(Plan plan, String planFile, Estate estate) {
        throw new UnsupportedOperationException("simulated dry-run not written yet");
    }
}
