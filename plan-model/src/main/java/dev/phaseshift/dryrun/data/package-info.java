/**
 * Rows for shadow databases: a sample copied from the source through a read-only connection, or generated rows
 * that satisfy the schema's foreign keys, uniqueness, NOT NULL and checks. Parents are filled before children.
 */
package dev.phaseshift.dryrun.data;
