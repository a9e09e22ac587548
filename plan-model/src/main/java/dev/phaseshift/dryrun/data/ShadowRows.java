package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Snapshot;

import java.sql.Connection;
import java.sql.SQLException;

/** Fills a shadow database whose tables were created from {@code snapshot}'s DDL. */
public final class ShadowRows {
    private ShadowRows() {
    }

    /**
     * Copies up to {@code perTable} rows of every table from {@code source} (only read, in a read-only
     * transaction) into {@code target}, parents before children, keeping foreign keys satisfied.
     */
    public static LoadedRows sample(Snapshot snapshot, Connection source, Connection target, int perTable)
            throws SQLException {
        throw new UnsupportedOperationException("sampling not written yet");
    }

    /** Generates {@code perTable} rows per table into {@code target} that satisfy keys, NOT NULL and checks. */
    public static LoadedRows synthesize(Snapshot snapshot, Connection target, int perTable) throws SQLException {
        throw new UnsupportedOperationException("synthesizing not written yet");
    }
}
