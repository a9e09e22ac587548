/**
 * The lock and cost model: which table locks each statement of a plan takes (PostgreSQL lock levels, MySQL/MariaDB
 * algorithm and {@code LOCK} level, by version), whether it only changes metadata, scans, rewrites, builds an index
 * or updates rows, and for about how long, from the snapshot's row estimates and sizes. Summed per step and phase,
 * and presented as text and JSON trees. Pure functions of the plan and its simulation: no database access.
 */
package dev.phaseshift.lock;
