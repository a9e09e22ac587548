package dev.phaseshift.plan.sim;

import dev.phaseshift.plan.Step;
import dev.phaseshift.schema.Snapshot;

/** A step the simulation applied, with its service's schema before and after it. */
public record AppliedStep(String phaseId, Step step, Snapshot before, Snapshot after) {
}
