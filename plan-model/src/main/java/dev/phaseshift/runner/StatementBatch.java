package dev.phaseshift.runner;

import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.dryrun.report.StatementRun;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.SQLTimeoutException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;
import java.util.regex.Pattern;

/**
 * Runs a step's statements, for {@code apply} and for the dry-run alike: consecutive transactional statements share
 * one transaction committed before a statement of another mode, others run in autocommit, and a verification's
 * single value must be true. The first failure stops the batch; on PostgreSQL its open transaction rolls back with
 * it. With a {@link LockRetry}, a statement that gave up waiting for a lock is tried again after a pause: on
 * PostgreSQL from the start of its transaction (the failure aborted it), on MySQL/MariaDB only the statement
 * (DDL commits on its own there, and a lock wait timeout undoes only the statement that waited).
 */
public final class StatementBatch {
    /** Statements whose update count is rows changed (possibly after a WITH clause). */
    private static final Pattern CHANGES_ROWS = Pattern.compile(
            "\\s*(WITH\\b.*?\\)\\s*)?(INSERT|UPDATE|DELETE|REPLACE|MERGE)\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private final Connection connection;
    private final Engine engine;
    private final Duration timeout;
    private final LongSupplier clock;
    private final BooleanSupplier cancelled;
    private LockRetry retry;

    /** What running the statements gave. */
    public record Outcome(List<StatementRun> statements, String error, String failedSql, boolean cancelled) {
        public boolean ok() {
            return error == null && !cancelled;
        }

        public Long rows() {
            Long sum = null;
            for (StatementRun s : statements) {
                if (s.rows() != null) {
                    sum = (sum == null ? 0 : sum) + s.rows();
                }
            }
            return sum;
        }
    }

    /** @param clock milliseconds since the run started */
    public StatementBatch(Connection connection, Engine engine, Duration timeout, LongSupplier clock,
                          BooleanSupplier cancelled) {
        this.connection = connection;
        this.engine = engine;
        this.timeout = timeout;
        this.clock = clock;
        this.cancelled = cancelled;
    }

    /** Retries statements that time out waiting for a lock; without it the first lock timeout fails the batch. */
    public StatementBatch withLockRetry(LockRetry value) {
        this.retry = value;
        return this;
    }

    public Outcome run(List<RenderedSql> statements) {
        List<StatementRun> runs = new ArrayList<>();
        int transactionStart = 0;
        int runsAtTransactionStart = 0;
        int[] tries = new int[statements.size()];
        try {
            for (int i = 0; i < statements.size(); i++) {
                RenderedSql sql = statements.get(i);
                if (cancelled.getAsBoolean()) {
                    rollbackQuietly();
                    return new Outcome(runs, null, null, true);
                }
                boolean transactional = sql.mode() == RenderedSql.Mode.TRANSACTIONAL;
                if (!transactional && !connection.getAutoCommit()) {
                    connection.commit();
                    connection.setAutoCommit(true);
                } else if (transactional && connection.getAutoCommit()) {
                    connection.setAutoCommit(false);
                    transactionStart = i;
                    runsAtTransactionStart = runs.size();
                }
                long start = clock.getAsLong();
                try {
                    Long rows = execute(sql);
                    runs.add(new StatementRun(sql.text(), mode(sql), start, clock.getAsLong() - start, rows, null));
                } catch (SQLException e) {
                    String error = reason(e);
                    boolean wholeTransaction = transactional && engine == Engine.POSTGRESQL;
                    tries[i]++;
                    if (retry != null && LockRetry.isLockTimeout(e) && tries[i] < retry.maxTries()) {
                        if (wholeTransaction) {
                            rollbackQuietly();
                        }
                        retry.pause(tries[i], sql.text(), error);
                        if (wholeTransaction) {
                            runs.subList(runsAtTransactionStart, runs.size()).clear();
                            i = transactionStart - 1;
                        } else {
                            i--;
                        }
                        continue;
                    }
                    runs.add(new StatementRun(sql.text(), mode(sql), start, clock.getAsLong() - start, null, error));
                    rollbackQuietly();
                    return new Outcome(runs, error, sql.text(), false);
                } catch (VerificationFalse e) {
                    runs.add(new StatementRun(sql.text(), mode(sql), start, clock.getAsLong() - start, null,
                            e.getMessage()));
                    rollbackQuietly();
                    return new Outcome(runs, e.getMessage(), sql.text(), false);
                }
            }
            if (!connection.getAutoCommit()) {
                connection.commit();
                connection.setAutoCommit(true);
            }
            return new Outcome(runs, null, null, false);
        } catch (SQLException e) {
            rollbackQuietly();
            return new Outcome(runs, "commit failed: " + DatabaseConnections.reason(e), null, false);
        }
    }

    private Long execute(RenderedSql sql) throws SQLException, VerificationFalse {
        try (Statement st = connection.createStatement()) {
            if (engine == Engine.MYSQL) {
                // MariaDB's max_statement_time is set on the session too; MySQL's only limits SELECT
                st.setQueryTimeout((int) Math.max(1, Math.min(Integer.MAX_VALUE, timeout.toSeconds())));
            }
            if (sql.mode() == RenderedSql.Mode.MUST_RETURN_TRUE) {
                try (ResultSet rs = st.executeQuery(sql.text())) {
                    if (!rs.next()) {
                        throw new VerificationFalse("verification returned no row");
                    }
                    boolean value = rs.getBoolean(1);
                    if (rs.wasNull() || !value) {
                        throw new VerificationFalse("verification returned " + (rs.wasNull() ? "null" : "false"));
                    }
                    return null;
                }
            }
            boolean result = st.execute(sql.text());
            if (!CHANGES_ROWS.matcher(sql.text()).lookingAt()) {
                // DDL reports 0 rows, and a DO block or CALL reports nothing of the rows it changed
                return null;
            }
            Long rows = null;
            while (true) {
                if (!result) {
                    int count = st.getUpdateCount();
                    if (count < 0) {
                        break;
                    }
                    rows = (rows == null ? 0 : rows) + count;
                }
                result = st.getMoreResults();
            }
            return rows;
        }
    }

    String reason(SQLException e) {
        if (timedOut(e)) {
            return "timed out after " + words(timeout) + " (" + DatabaseConnections.reason(e) + ")";
        }
        return DatabaseConnections.reason(e);
    }

    private boolean timedOut(SQLException e) {
        String message = e.getMessage() == null ? "" : e.getMessage().toLowerCase(Locale.ROOT);
        return e instanceof SQLTimeoutException
                || (engine == Engine.POSTGRESQL && "57014".equals(e.getSQLState()) && message.contains("timeout"))
                || e.getErrorCode() == 1969 || e.getErrorCode() == 3024 || message.contains("max_statement_time");
    }

    public static String words(Duration d) {
        if (d.toMillis() < 1000) {
            return d.toMillis() + " ms";
        }
        if (d.toSeconds() < 120) {
            return d.toSeconds() + " s";
        }
        return d.toMinutes() + " min";
    }

    private static String mode(RenderedSql sql) {
        return sql.mode().name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    private void rollbackQuietly() {
        try {
            if (!connection.getAutoCommit()) {
                connection.rollback();
                connection.setAutoCommit(true);
            }
        } catch (SQLException ignored) {
            // the statement's own error is the one to report; a broken connection shows on the next step
        }
    }

    /** A verification that did not return true: a step failure, not an SQL error. */
    private static final class VerificationFalse extends Exception {
        private static final long serialVersionUID = 1L;

        VerificationFalse(String message) {
            super(message);
        }
    }
}
