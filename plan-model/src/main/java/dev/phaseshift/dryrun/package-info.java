/**
 * Shadow dry-runs: throw-away copies of service databases on a scratch server, named so that a copy left behind
 * by a killed process can be recognised and cleaned up. Source databases are never written to.
 * {@link dev.phaseshift.dryrun.ShadowDryRun} rehearses a plan on such copies as the runner would, watches the
 * locks each step takes, rolls every phase back and re-applies it, and compares the schemas it reads back with
 * {@link dev.phaseshift.dryrun.SchemaComparison}.
 */
package dev.phaseshift.dryrun;
