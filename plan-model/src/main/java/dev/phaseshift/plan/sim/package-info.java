/**
 * Validation and simulation of a plan over the estate's snapshots: every step is checked against the schema its
 * service has at that point of the plan and then applied, so the schema of every service after every phase is
 * known, and any suffix of the plan can be rolled back on the model.
 */
package dev.phaseshift.plan.sim;
