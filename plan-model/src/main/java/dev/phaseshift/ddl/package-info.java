/**
 * DDL rendering: a {@link dev.phaseshift.schema.Snapshot} turned back into the statements that recreate it in an
 * empty database, one renderer per dialect. Shadow dry-runs load snapshots this way, and the fidelity tests prove
 * that introspect → render → create → introspect gives the snapshot back.
 */
package dev.phaseshift.ddl;
