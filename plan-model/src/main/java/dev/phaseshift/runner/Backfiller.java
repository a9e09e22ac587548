package dev.phaseshift.runner;

import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.plan.op.Backfill;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/**
 * A {@code backfill} run as apply runs it: walking the primary key in order, one short transaction per batch that
 * updates the batch's rows and, in the same transaction, adds them to the journal row's rows done and moves its
 * high-water mark. A run killed at any moment has committed whole batches with their mark, or nothing of a batch,
 * so a resumed run starts after the last committed key and no row is updated twice, even by a {@code set} that is
 * not idempotent ({@code hits = hits + 1}).
 */
public final class Backfiller {
    /** Told after every committed batch. */
    public interface Progress {
        void batch(long rowsDone, long rowsTotal);
    }

    /**
     * What the run did.
     *
     * @param rowsDone           rows updated in all attempts so far (the journal's count)
     * @param longestBatchMillis the longest time one batch held its row locks (update to commit)
     * @param error              why it stopped, or null when every batch committed
     */
    public record Result(long rowsDone, String highWater, long batches, long longestBatchMillis, String error) {
        public boolean ok() {
            return error == null;
        }
    }

    private final Connection connection;
    private final Engine engine;
    private final Backfill op;
    private final String table;
    private final String key;
    private final String keyType;
    private final String journalProgress;
    private final LockRetry retry;
    private final Integer maxRowsPerSecond;

    /**
     * @param before           the schema before the step, for the key column
     * @param journalProgress  the journal's progress statement ({@link Journal#progressSql()}), or null to journal
     *                         nothing (the benchmark)
     * @param maxRowsPerSecond a cap on the rate, or null
     */
    Backfiller(Connection connection, Engine engine, Backfill op, Snapshot before, String journalProgress,
               LockRetry retry, Integer maxRowsPerSecond) {
        this.connection = connection;
        this.engine = engine;
        this.op = op;
        var dialect = dev.phaseshift.plan.sql.Dialect.of(before);
        Table t = dev.phaseshift.plan.op.SchemaEdit.table(before, op.table()).orElseThrow().table();
        String keyName = t.primaryKey().orElseThrow().columns().get(0);
        Column column = t.column(keyName).orElseThrow();
        this.table = dialect.qualified(op.table());
        this.key = dialect.quote(keyName);
        this.keyType = column.type();
        this.journalProgress = journalProgress;
        this.retry = retry;
        this.maxRowsPerSecond = maxRowsPerSecond;
    }

    /** For the benchmark: a backfill on a connection, journalling nothing. */
    public static Backfiller unjournalled(Connection connection, Engine engine, Backfill op, Snapshot before) {
        return new Backfiller(connection, engine, op, before, null, null, null);
    }

    private String param() {
        return engine == Engine.POSTGRESQL ? "CAST(? AS " + keyType + ")" : "?";
    }

    private String filter() {
        return op.where() == null || op.where().isBlank() ? "" : " AND (" + op.where() + ")";
    }

    /** The rows still to update after {@code highWater}, for the progress bar. */
    long remaining(String highWater) throws SQLException {
        String sql = "SELECT count(*) FROM " + table + " WHERE " + (highWater == null ? "1 = 1" : key + " > " + param())
                + filter();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (highWater != null) {
                ps.setString(1, highWater);
            }
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /**
     * Runs batches after {@code highWater} (null: from the start) until none is left or one fails.
     *
     * @param journalId  the journal row that counts this attempt's rows, ignored without a journal
     * @param rowsBefore rows done by earlier attempts (already in the journal row)
     */
    public Result run(long journalId, long rowsBefore, String highWater, Progress progress) {
        long total;
        try {
            total = rowsBefore + remaining(highWater);
        } catch (SQLException e) {
            return new Result(rowsBefore, highWater, 0, 0, "counting the rows to update failed: "
                    + DatabaseConnections.reason(e));
        }
        String pickAfter = "SELECT max(b.k) FROM (SELECT " + key + " AS k FROM " + table + " WHERE " + key + " > "
                + param() + " ORDER BY " + key + " LIMIT " + op.batch() + ") b";
        String pickFirst = "SELECT max(b.k) FROM (SELECT " + key + " AS k FROM " + table + " ORDER BY " + key
                + " LIMIT " + op.batch() + ") b";
        String updateAfter = "UPDATE " + table + " SET " + op.set() + " WHERE " + key + " > " + param() + " AND "
                + key + " <= " + param() + filter();
        String updateFirst = "UPDATE " + table + " SET " + op.set() + " WHERE " + key + " <= " + param() + filter();
        long done = rowsBefore;
        long batches = 0;
        long longest = 0;
        long startNanos = System.nanoTime();
        long doneHere = 0;
        int tries = 0;
        String mark = highWater;
        while (true) {
            long batchStart = 0;
            try {
                connection.setAutoCommit(false);
                String upper;
                try (PreparedStatement ps = connection.prepareStatement(mark == null ? pickFirst : pickAfter)) {
                    if (mark != null) {
                        ps.setString(1, mark);
                    }
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        upper = rs.getString(1);
                    }
                }
                if (upper == null) {
                    connection.commit();
                    connection.setAutoCommit(true);
                    return new Result(done, mark, batches, longest, null);
                }
                batchStart = System.nanoTime();
                int changed;
                try (PreparedStatement ps = connection.prepareStatement(mark == null ? updateFirst : updateAfter)) {
                    int i = 1;
                    if (mark != null) {
                        ps.setString(i++, mark);
                    }
                    ps.setString(i, upper);
                    changed = ps.executeUpdate();
                }
                if (journalProgress != null) {
                    try (PreparedStatement ps = connection.prepareStatement(journalProgress)) {
                        ps.setLong(1, changed);
                        ps.setString(2, upper);
                        ps.setLong(3, journalId);
                        ps.executeUpdate();
                    }
                }
                connection.commit();
                connection.setAutoCommit(true);
                longest = Math.max(longest, (System.nanoTime() - batchStart) / 1_000_000);
                tries = 0;
                batches++;
                done += changed;
                doneHere += changed;
                mark = upper;
                if (progress != null) {
                    progress.batch(done, Math.max(total, done));
                }
                pause(doneHere, startNanos);
            } catch (SQLException e) {
                rollbackQuietly();
                tries++;
                if (retry != null && LockRetry.isLockTimeout(e) && tries < retry.maxTries()) {
                    retry.pause(tries, "backfill batch of " + table + " after " + (mark == null ? "the start" : mark),
                            DatabaseConnections.reason(e));
                    continue;
                }
                return new Result(done, mark, batches, longest, "batch after " + (mark == null ? "the start" : mark)
                        + " failed: " + DatabaseConnections.reason(e));
            }
        }
    }

    private void pause(long doneHere, long startNanos) {
        long wait = op.pause();
        if (maxRowsPerSecond != null && maxRowsPerSecond > 0) {
            long due = doneHere * 1000L / maxRowsPerSecond;
            long elapsed = (System.nanoTime() - startNanos) / 1_000_000;
            wait = Math.max(wait, due - elapsed);
        }
        if (wait > 0) {
            try {
                Thread.sleep(wait);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the batch's own error is the one to report
        }
    }
}
