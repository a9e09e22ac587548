package dev.phaseshift.runner;

import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.schema.Engine;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The journal on one target: {@code phaseshift.journal} on PostgreSQL (a schema of its own, so it never mixes with
 * the service's tables), {@code phaseshift_journal} in the service's database on MySQL/MariaDB (which has no
 * schemas inside a database). Created on first use; every row carries the format it was written in, so a runner
 * refuses a journal a newer phaseshift wrote instead of misreading it. Rows are written in autocommit on the
 * connection given, except a backfill batch's progress, which commits with the batch (see {@link Backfiller}).
 */
public final class Journal {
    /** The format this runner writes and reads. */
    public static final int FORMAT = 1;

    private static final String POSTGRES_TABLE = "phaseshift.journal";
    private static final String MYSQL_TABLE = "phaseshift_journal";
    private static final String[] POSTGRES_DDL = {
        "CREATE SCHEMA IF NOT EXISTS phaseshift",
        "CREATE TABLE IF NOT EXISTS phaseshift.journal (id bigserial PRIMARY KEY, format integer NOT NULL, "
            + "kind text NOT NULL, plan_name text NOT NULL, plan_checksum text NOT NULL, phase text NOT NULL, "
            + "step_id text NOT NULL, step_checksum text, status text NOT NULL, attempt integer NOT NULL, "
            + "started_at timestamptz NOT NULL, finished_at timestamptz, rows_done bigint NOT NULL DEFAULT 0, "
            + "high_water text, host text NOT NULL, pid bigint NOT NULL, os_user text, tool_version text, "
            + "detail text)"};
    private static final String[] MYSQL_DDL = {
        "CREATE TABLE IF NOT EXISTS phaseshift_journal (id bigint NOT NULL AUTO_INCREMENT PRIMARY KEY, "
            + "format int NOT NULL, kind varchar(16) NOT NULL, plan_name varchar(255) NOT NULL, "
            + "plan_checksum char(64) NOT NULL, phase varchar(255) NOT NULL, step_id varchar(255) NOT NULL, "
            + "step_checksum char(64), status varchar(16) NOT NULL, attempt int NOT NULL, "
            + "started_at datetime(3) NOT NULL, finished_at datetime(3), rows_done bigint NOT NULL DEFAULT 0, "
            + "high_water text, host varchar(255) NOT NULL, pid bigint NOT NULL, os_user varchar(255), "
            + "tool_version varchar(64), detail text) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4"};

    private final Connection connection;
    private final Engine engine;
    private final String service;

    public Journal(Connection connection, Engine engine, String service) {
        this.connection = connection;
        this.engine = engine;
        this.service = service;
    }

    public String table() {
        return engine == Engine.POSTGRESQL ? POSTGRES_TABLE : MYSQL_TABLE;
    }

    private String now() {
        return engine == Engine.POSTGRESQL ? "clock_timestamp()" : "UTC_TIMESTAMP(3)";
    }

    private String text(String column) {
        return engine == Engine.POSTGRESQL
                ? "to_char(" + column + " AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')"
                : "DATE_FORMAT(" + column + ", '%Y-%m-%dT%H:%i:%sZ')";
    }

    /** Whether the journal exists yet; a target never applied to has none, and {@code status} creates nothing. */
    public boolean exists() throws SQLException {
        String sql = engine == Engine.POSTGRESQL ? "SELECT to_regclass('phaseshift.journal') IS NOT NULL"
                : "SELECT count(*) > 0 FROM information_schema.tables WHERE table_schema = DATABASE() "
                + "AND table_name = 'phaseshift_journal'";
        try (Statement st = connection.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            return rs.next() && rs.getBoolean(1);
        }
    }

    /** Creates the journal if needed and refuses one written by a newer format. */
    public void open() throws SQLException, RunnerException {
        if (!exists()) {
            try (Statement st = connection.createStatement()) {
                for (String ddl : engine == Engine.POSTGRESQL ? POSTGRES_DDL : MYSQL_DDL) {
                    st.execute(ddl);
                }
            } catch (SQLException e) {
                throw new SQLException("cannot create the journal " + table() + " (the runner's user needs the "
                        + "right to create it, see docs/runner.md): " + DatabaseConnections.reason(e),
                        e.getSQLState(), e);
            }
        }
        checkFormat();
    }

    /** Refuses a journal with rows of a format newer than {@link #FORMAT}. */
    public void checkFormat() throws SQLException, RunnerException {
        try (Statement st = connection.createStatement();
             ResultSet rs = st.executeQuery("SELECT max(format) FROM " + table())) {
            if (rs.next()) {
                int newest = rs.getInt(1);
                if (!rs.wasNull() && newest > FORMAT) {
                    throw new RunnerException(RunnerException.Kind.BAD_INPUT, "service \"" + service + "\": its journal "
                            + table() + " was written in format " + newest + " by a newer phaseshift, and this one "
                            + "reads format " + FORMAT + ": use a newer phaseshift");
                }
            }
        }
    }

    /** Writes a row and returns its id; the times come from the server's clock. */
    public long insert(JournalEntry e) throws SQLException {
        String sql = "INSERT INTO " + table() + " (format, kind, plan_name, plan_checksum, phase, step_id, "
                + "step_checksum, status, attempt, started_at, finished_at, rows_done, high_water, host, pid, "
                + "os_user, tool_version, detail) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, " + now() + ", "
                + (e.status() == EntryStatus.RUNNING ? "NULL" : now()) + ", ?, ?, ?, ?, ?, ?, ?)";
        try (PreparedStatement ps = connection.prepareStatement(sql, Statement.RETURN_GENERATED_KEYS)) {
            int i = 1;
            ps.setInt(i++, FORMAT);
            ps.setString(i++, e.kind().stored());
            ps.setString(i++, e.planName());
            ps.setString(i++, e.planChecksum() == null ? "" : e.planChecksum());
            ps.setString(i++, e.phase());
            ps.setString(i++, e.stepId());
            ps.setString(i++, e.stepChecksum());
            ps.setString(i++, e.status().stored());
            ps.setInt(i++, e.attempt());
            ps.setLong(i++, e.rowsDone());
            ps.setString(i++, e.highWater());
            ps.setString(i++, e.by().host());
            ps.setLong(i++, e.by().pid());
            ps.setString(i++, e.by().osUser());
            ps.setString(i++, e.by().toolVersion());
            ps.setString(i, e.detail());
            ps.executeUpdate();
            try (ResultSet keys = ps.getGeneratedKeys()) {
                keys.next();
                return keys.getLong(1);
            }
        }
    }

    /** Ends a running row: its status, what it did and why it failed. */
    public void finish(long id, EntryStatus status, String detail) throws SQLException {
        try (PreparedStatement ps = connection.prepareStatement("UPDATE " + table() + " SET status = ?, "
                + "finished_at = " + now() + ", detail = coalesce(?, detail) WHERE id = ?")) {
            ps.setString(1, status.stored());
            ps.setString(2, detail);
            ps.setLong(3, id);
            ps.executeUpdate();
        }
    }

    /** The statement a backfill batch runs in its own transaction: rows done and high-water mark (3 parameters). */
    String progressSql() {
        return "UPDATE " + table() + " SET rows_done = rows_done + ?, high_water = ? WHERE id = ?";
    }

    /** Every row of {@code planName}, oldest first. */
    public List<JournalEntry> entries(String planName) throws SQLException {
        String sql = "SELECT id, kind, plan_name, plan_checksum, phase, step_id, step_checksum, status, attempt, "
                + text("started_at") + ", " + text("finished_at") + ", rows_done, high_water, host, pid, os_user, "
                + "tool_version, detail FROM " + table() + " WHERE plan_name = ? ORDER BY id";
        List<JournalEntry> out = new ArrayList<>();
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            ps.setString(1, planName);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new JournalEntry(rs.getLong(1), EntryKind.of(rs.getString(2)), rs.getString(3),
                            rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7),
                            EntryStatus.of(rs.getString(8)), rs.getInt(9), rs.getString(10), rs.getString(11),
                            rs.getLong(12), rs.getString(13),
                            new RunnerIdentity(rs.getString(14), rs.getLong(15), rs.getString(16), rs.getString(17)),
                            rs.getString(18)));
                }
            }
        }
        return out;
    }

    /** The latest lock row of the plan: who took the runner lock last. */
    public Optional<JournalEntry> lockHolder(String planName) throws SQLException {
        List<JournalEntry> rows = entries(planName);
        for (int i = rows.size() - 1; i >= 0; i--) {
            if (rows.get(i).kind() == EntryKind.LOCK) {
                return Optional.of(rows.get(i));
            }
        }
        return Optional.empty();
    }
}
