package dev.phaseshift.app.connect;

import dev.phaseshift.schema.Snapshot;

import java.nio.file.Path;
import java.time.Duration;

/** A service's schema read and written: what the background read hands back to the FX thread. */
record SnapshotLanded(Snapshot snapshot, Path file, Duration elapsed) {
}
