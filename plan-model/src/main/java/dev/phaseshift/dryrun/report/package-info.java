/**
 * What a dry-run found, as plain values with a stable JSON form: per service its shadow, per phase its steps
 * (status, timings, rows, observed locks beside the predicted ones), rollback and idempotence verdicts,
 * verification results, backfill extrapolations, lint findings and the consumer compatibility matrix. Writers
 * turn a {@link dev.phaseshift.dryrun.report.DryRunReport} into JSON, text and a self-contained HTML page.
 */
package dev.phaseshift.dryrun.report;
