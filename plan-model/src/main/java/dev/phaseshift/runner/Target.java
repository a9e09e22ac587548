package dev.phaseshift.runner;

import dev.phaseshift.connect.ConnectionFailedException;
import dev.phaseshift.connect.DatabaseConnections;
import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Locale;

/**
 * One service's database while a plan runs on it, over three sessions: the steps' (with the lock and statement
 * timeouts), the journal's (autocommit, so a step's transaction never holds a journal row), and the runner lock's,
 * which runs nothing else.
 */
final class Target implements AutoCloseable {
    private static final Duration JOURNAL_TIMEOUT = Duration.ofSeconds(30);

    private final String service;
    private final Engine engine;
    private final Dialect dialect;
    private final String database;
    private final Connection steps;
    private final Connection journalSession;
    private Connection lockSession;
    private final Journal journal;
    private boolean mariadb;

    private Target(String service, Engine engine, Dialect dialect, String database, Connection steps,
                   Connection journalSession) {
        this.service = service;
        this.engine = engine;
        this.dialect = dialect;
        this.database = database;
        this.steps = steps;
        this.journalSession = journalSession;
        this.journal = new Journal(journalSession, engine, service);
    }

    /** Connects the step and journal sessions; the lock's comes with {@link #lock}. */
    static Target connect(ServiceDefinition definition, Dialect dialect, String password, Duration lockTimeout,
                          Duration statementTimeout) throws RunnerException {
        String service = definition.name();
        if (definition.url() == null) {
            throw new RunnerException(RunnerException.Kind.BAD_INPUT, "service \"" + service
                    + "\" has no url in the estate file");
        }
        JdbcUrl url;
        try {
            url = canonical(JdbcUrl.parse(definition.url()));
        } catch (IllegalArgumentException e) {
            throw new RunnerException(RunnerException.Kind.BAD_INPUT, "service \"" + service + "\": "
                    + e.getMessage());
        }
        Connection steps = null;
        Connection journal = null;
        try {
            steps = open(service, url, definition.user(), password);
            journal = open(service, url, definition.user(), password);
            Target t = new Target(service, definition.engine(), dialect, url.database(), steps, journal);
            t.configure(lockTimeout, statementTimeout);
            return t;
        } catch (SQLException e) {
            close(steps);
            close(journal);
            throw new RunnerException(RunnerException.Kind.CANNOT_CONNECT, "service \"" + service
                    + "\": cannot prepare the session: " + DatabaseConnections.reason(e));
        } catch (RunnerException e) {
            close(steps);
            close(journal);
            throw e;
        }
    }

    private static Connection open(String service, JdbcUrl url, String user, String password)
            throws RunnerException {
        try {
            return DatabaseConnections.open(url, user, password);
        } catch (ConnectionFailedException e) {
            throw new RunnerException(RunnerException.Kind.CANNOT_CONNECT, "service \"" + service + "\": "
                    + (password == null ? e.getMessage() : e.getMessage().replace(password, "***")));
        }
    }

    /** The MySQL driver speaks MariaDB too; jdbc:mariadb URLs are read as jdbc:mysql. */
    private static JdbcUrl canonical(JdbcUrl url) {
        return url.subprotocol().equals("mariadb")
                ? new JdbcUrl(Engine.MYSQL, "mysql", url.hostPart(), url.database(), url.parameters()) : url;
    }

    private void configure(Duration lockTimeout, Duration statementTimeout) throws SQLException {
        try (Statement st = steps.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                st.execute("SET application_name = 'phaseshift-apply'");
                st.execute("SET lock_timeout = " + Math.max(1, lockTimeout.toMillis()));
                st.execute("SET statement_timeout = " + Math.max(1, statementTimeout.toMillis()));
            } else {
                try (ResultSet rs = st.executeQuery("SELECT version()")) {
                    rs.next();
                    mariadb = rs.getString(1).toLowerCase(Locale.ROOT).contains("mariadb");
                }
                // both variables take whole seconds: 500 ms becomes 1 s
                long seconds = Math.max(1, (lockTimeout.toMillis() + 999) / 1000);
                st.execute("SET SESSION lock_wait_timeout = " + seconds);
                st.execute("SET SESSION innodb_lock_wait_timeout = " + seconds);
                if (mariadb) {
                    st.execute("SET SESSION max_statement_time = " + statementTimeout.toMillis() / 1000.0);
                }
            }
        }
        try (Statement st = journalSession.createStatement()) {
            if (engine == Engine.POSTGRESQL) {
                st.execute("SET statement_timeout = " + JOURNAL_TIMEOUT.toMillis());
            }
        }
    }

    String service() {
        return service;
    }

    Engine engine() {
        return engine;
    }

    Dialect dialect() {
        return dialect;
    }

    String database() {
        return database;
    }

    Connection steps() {
        return steps;
    }

    Journal journal() {
        return journal;
    }

    /** Opens the lock's own session and tries the lock once. */
    RunnerLock lock(ServiceDefinition definition, String password, String planName) throws RunnerException {
        if (lockSession == null) {
            lockSession = open(service, canonical(JdbcUrl.parse(definition.url())), definition.user(), password);
        }
        return new RunnerLock(lockSession, engine, database, planName);
    }

    @Override
    public void close() {
        close(steps);
        close(journalSession);
        close(lockSession);
    }

    private static void close(Connection c) {
        if (c != null) {
            try {
                c.close();
            } catch (SQLException ignored) {
                // closing ends the session, and the server releases its locks, whatever the driver says
            }
        }
    }
}
