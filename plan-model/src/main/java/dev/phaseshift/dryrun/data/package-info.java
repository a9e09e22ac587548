/**
 * Rows for shadow databases: a sample copied from the source through a read-only connection, or generated rows
 * that satisfy the schema's foreign keys, uniqueness, NOT NULL and checks. Parents are filled before children;
 * cycles are broken at nullable keys, which are filled last. {@link dev.phaseshift.dryrun.data.ShadowRows} is the
 * entry point; what could not be filled is reported in {@link dev.phaseshift.dryrun.data.LoadedRows#skipped()}
 * rather than failing the dry-run.
 */
package dev.phaseshift.dryrun.data;
