/**
 * Dry-run from the app: a scratch server per engine (remembered per estate, the local servers offered when they
 * answer), rows to load, the rehearsal in the background with per-step progress and cancel, then the step table,
 * the timeline with lock spans, the rollback / idempotence / reversibility verdicts and the HTML report.
 */
package dev.phaseshift.app.dryrun;
