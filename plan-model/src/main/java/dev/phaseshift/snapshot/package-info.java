/** Snapshot files: one service's schema as versioned, deterministic JSON. The only place snapshots meet Jackson. */
package dev.phaseshift.snapshot;
