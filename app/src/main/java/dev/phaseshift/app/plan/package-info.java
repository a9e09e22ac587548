/**
 * The Plan review tab: a plan file read against the open estate and shown the way a reviewer reads it, with its
 * phases and steps, lint findings, predicted locks, the consumer compatibility matrix, and the simulated dry-run
 * report to export. The review is computed in the background into plain values; the view only binds them.
 */
package dev.phaseshift.app.plan;
