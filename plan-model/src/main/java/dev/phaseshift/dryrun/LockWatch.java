package dev.phaseshift.dryrun;

import dev.phaseshift.dryrun.report.ObservedLock;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

/**
 * Watches the locks a step takes while it runs, from a second session on the shadow: PostgreSQL's
 * {@code pg_locks} for the step's backend, MySQL's {@code performance_schema.metadata_locks} for its thread, or,
 * where performance_schema is off (MariaDB's default), a probe that tries a no-op write on each table the step
 * names and records whether it had to wait. Samples are merged into spans. A fast step may show no lock at all.
 */
class LockWatch {
    /** Watches nothing: rollback and re-apply passes. */
    static final LockWatch NONE = new LockWatch();

    private static final long PAUSE_MILLIS = 5;
    private static final Set<String> PG_WRITE_BLOCKING = Set.of("ShareLock", "ShareRowExclusiveLock", "ExclusiveLock",
            "AccessExclusiveLock");
    private static final Set<String> MYSQL_WRITE_BLOCKING = Set.of("EXCLUSIVE", "SHARED_NO_WRITE",
            "SHARED_NO_READ_WRITE", "SHARED_READ_ONLY");
    private static final String PG_LOCKS = "SELECT n.nspname || '.' || c.relname, l.mode, l.granted FROM pg_locks l "
            + "JOIN pg_class c ON c.oid = l.relation JOIN pg_namespace n ON n.oid = c.relnamespace "
            + "WHERE l.pid = ? AND l.locktype = 'relation' "
            + "AND l.database = (SELECT oid FROM pg_database WHERE datname = current_database()) "
            + "AND c.relkind IN ('r', 'p', 'v', 'm', 'f') AND n.nspname NOT IN ('pg_catalog', 'information_schema') "
            + "AND n.nspname NOT LIKE 'pg\\_toast%' AND n.nspname NOT LIKE 'pg\\_temp%'";
    private static final String MYSQL_LOCKS = "SELECT m.OBJECT_NAME, m.LOCK_TYPE, m.LOCK_STATUS "
            + "FROM performance_schema.metadata_locks m JOIN performance_schema.threads t "
            + "ON t.THREAD_ID = m.OWNER_THREAD_ID WHERE t.PROCESSLIST_ID = ? AND m.OBJECT_TYPE = 'TABLE' "
            + "AND m.OBJECT_SCHEMA = DATABASE()";
    /** ER_LOCK_WAIT_TIMEOUT: the probe's write waited for the step. */
    private static final int LOCK_WAIT_TIMEOUT = 1205;

    private LockWatch() {
    }

    /** Starts watching; a watch that cannot start (no observer session) watches nothing rather than fail the step. */
    static LockWatch start(ServiceRehearsal r, AppliedStep step, List<String> tables, LongSupplier clock) {
        try {
            Connection observer = r.observer();
            long session = sessionId(r);
            if (r.engine() == Engine.POSTGRESQL) {
                return new Sampling(observer, clock, "pg_locks", PG_LOCKS, session, PG_WRITE_BLOCKING, "");
            }
            if (r.performanceSchema()) {
                String schema = r.source().schemas().isEmpty() ? "" : r.source().schemas().get(0).name() + ".";
                return new Sampling(observer, clock, "metadata_locks", MYSQL_LOCKS, session, MYSQL_WRITE_BLOCKING,
                        schema);
            }
            List<Probe> probes = new ArrayList<>();
            for (String table : tables) {
                probeOf(step, table).ifPresent(probes::add);
            }
            return probes.isEmpty() ? NONE : new WriteProbe(observer, clock, probes);
        } catch (SQLException e) {
            return NONE;
        }
    }

    void stop() {
    }

    List<ObservedLock> locks() {
        return List.of();
    }

    private static long sessionId(ServiceRehearsal r) throws SQLException {
        try (Statement st = r.connection().createStatement();
             ResultSet rs = st.executeQuery(r.engine() == Engine.POSTGRESQL ? "SELECT pg_backend_pid()"
                     : "SELECT connection_id()")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** A table to probe: its name in the shadow and a column to write to itself. */
    private record Probe(String relation, String sql) {
    }

    private static Optional<Probe> probeOf(AppliedStep step, String table) {
        int dot = table.indexOf('.');
        String bare = dot < 0 ? table : table.substring(dot + 1);
        for (Schema schema : step.before().schemas()) {
            Optional<Table> found = schema.table(bare);
            if (found.isPresent() && !found.get().columns().isEmpty()) {
                Column column = found.get().columns().get(0);
                String c = "`" + column.name().replace("`", "``") + "`";
                return Optional.of(new Probe(schema.name() + "." + bare, "UPDATE `" + bare.replace("`", "``")
                        + "` SET " + c + " = " + c + " WHERE 1 = 0"));
            }
        }
        return Optional.empty();
    }

    /** A background thread collecting samples into spans until stopped. */
    private abstract static class Background extends LockWatch {
        private final LongSupplier clock;
        private final Map<List<Object>, long[]> open = new LinkedHashMap<>();
        private final List<ObservedLock> done = new ArrayList<>();
        private final Thread thread;
        private volatile boolean stopping;

        Background(LongSupplier clock) {
            this.clock = clock;
            this.thread = new Thread(this::loop, "phaseshift-lock-watch");
            this.thread.setDaemon(true);
        }

        void begin() {
            thread.start();
        }

        /** One sample: each lock seen now as (relation, mode, granted, blocksWrites, source). */
        abstract List<List<Object>> sample() throws SQLException;

        private void loop() {
            while (!stopping) {
                try {
                    List<List<Object>> seen = sample();
                    record(seen, clock.getAsLong());
                    Thread.sleep(PAUSE_MILLIS);
                } catch (SQLException e) {
                    // the step's own outcome matters more than a lost sample; stop watching quietly
                    return;
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
        }

        private synchronized void record(List<List<Object>> seen, long at) {
            for (List<Object> key : seen) {
                long[] span = open.computeIfAbsent(key, k -> new long[]{at, at});
                span[1] = at;
            }
            for (var it = open.entrySet().iterator(); it.hasNext(); ) {
                var entry = it.next();
                if (!seen.contains(entry.getKey())) {
                    done.add(lock(entry.getKey(), entry.getValue()));
                    it.remove();
                }
            }
        }

        @Override
        void stop() {
            stopping = true;
            try {
                thread.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            synchronized (this) {
                open.forEach((key, span) -> done.add(lock(key, span)));
                open.clear();
            }
        }

        @Override
        synchronized List<ObservedLock> locks() {
            return List.copyOf(done);
        }

        private static ObservedLock lock(List<Object> key, long[] span) {
            return new ObservedLock((String) key.get(0), (String) key.get(1), (Boolean) key.get(2), span[0], span[1],
                    (Boolean) key.get(3), (String) key.get(4));
        }
    }

    /** pg_locks or performance_schema.metadata_locks, filtered to the step's session. */
    private static final class Sampling extends Background {
        private final PreparedStatement query;
        private final String source;
        private final Set<String> blocking;
        private final String schemaPrefix;

        Sampling(Connection observer, LongSupplier clock, String source, String sql, long session,
                 Set<String> blocking, String schemaPrefix) throws SQLException {
            super(clock);
            this.query = observer.prepareStatement(sql);
            this.query.setLong(1, session);
            this.source = source;
            this.blocking = blocking;
            this.schemaPrefix = schemaPrefix;
            begin();
        }

        @Override
        List<List<Object>> sample() throws SQLException {
            List<List<Object>> out = new ArrayList<>();
            try (ResultSet rs = query.executeQuery()) {
                while (rs.next()) {
                    String mode = rs.getString(2);
                    boolean granted = source.equals("pg_locks") ? rs.getBoolean(3) : "GRANTED".equals(rs.getString(3));
                    out.add(List.of(schemaPrefix + rs.getString(1), mode, granted, blocking.contains(mode), source));
                }
            }
            return out;
        }

        @Override
        void stop() {
            super.stop();
            try {
                query.close();
            } catch (SQLException ignored) {
                // the observer session is closed with the shadow
            }
        }
    }

    /** Tries a no-op write on each table in a transaction it rolls back, waiting at most a second. */
    private static final class WriteProbe extends Background {
        private final Connection observer;
        private final List<Probe> probes;

        WriteProbe(Connection observer, LongSupplier clock, List<Probe> probes) throws SQLException {
            super(clock);
            this.observer = observer;
            this.probes = probes;
            try (Statement st = observer.createStatement()) {
                st.execute("SET SESSION lock_wait_timeout = 1");
            }
            begin();
        }

        @Override
        List<List<Object>> sample() throws SQLException {
            List<List<Object>> out = new ArrayList<>();
            observer.setAutoCommit(false);
            try (Statement st = observer.createStatement()) {
                for (Probe probe : probes) {
                    try {
                        st.executeUpdate(probe.sql());
                        out.add(List.of(probe.relation(), "writes pass", true, false, "write probe"));
                    } catch (SQLException e) {
                        if (e.getErrorCode() == LOCK_WAIT_TIMEOUT) {
                            out.add(List.of(probe.relation(), "write blocked", true, true, "write probe"));
                        }
                        // anything else (the table is being created or was dropped) says nothing about locks
                    } finally {
                        observer.rollback();
                    }
                }
            } finally {
                observer.setAutoCommit(true);
            }
            return out;
        }
    }
}
