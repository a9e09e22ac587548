package dev.phaseshift.runner;

import dev.phaseshift.schema.Engine;

import java.sql.Connection;
import java.sql.SQLException;

/** The runner lock of a plan on a database, taken on a test's own session as another runner would hold it. */
public final class HeldRunnerLock {
    private HeldRunnerLock() {
    }

    /** Whether the session now holds the lock; the server releases it when the session closes. */
    public static boolean take(Connection session, Engine engine, String database, String planName)
            throws SQLException {
        return new RunnerLock(session, engine, database, planName).tryAcquire();
    }
}
