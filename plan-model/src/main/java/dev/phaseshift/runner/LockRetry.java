package dev.phaseshift.runner;

import java.sql.SQLException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.ThreadLocalRandom;
import java.util.function.Consumer;

/**
 * What to do when a statement gives up waiting for a lock: wait and try again, with exponential backoff and
 * jitter, at most {@code maxTries} times in all. Giving up fast and retrying keeps the application's queries from
 * queueing behind a DDL statement that itself waits for a long transaction.
 *
 * @param first   the pause after the first timeout; it doubles after each further one
 * @param longest the longest pause
 * @param report  told about each retry, in one line
 */
public record LockRetry(int maxTries, Duration first, Duration longest, Consumer<String> report) {
    /** The pauses between tries: the first, doubling up to the longest. */
    public record Backoff(Duration first, Duration longest) {
        public static final Backoff DEFAULT = new Backoff(Duration.ofSeconds(1), Duration.ofMinutes(1));
    }

    public LockRetry {
        Objects.requireNonNull(first, "first");
        Objects.requireNonNull(longest, "longest");
        report = report == null ? line -> { } : report;
        if (maxTries < 1) {
            throw new IllegalArgumentException("maxTries must be at least 1");
        }
    }

    /** PostgreSQL {@code lock_not_available} (55P03); MySQL/MariaDB {@code ER_LOCK_WAIT_TIMEOUT} (1205). */
    public static boolean isLockTimeout(SQLException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLException sql && ("55P03".equals(sql.getSQLState()) || sql.getErrorCode() == 1205)) {
                return true;
            }
        }
        return false;
    }

    /** The pause before try {@code failed + 1}: full doubling, capped, with up to a quarter of jitter either way. */
    public Duration pauseAfter(int failed) {
        long base = first.toMillis() << Math.min(30, Math.max(0, failed - 1));
        long capped = Math.min(base, longest.toMillis());
        long jitter = capped / 4;
        long value = capped + (jitter == 0 ? 0 : ThreadLocalRandom.current().nextLong(-jitter, jitter + 1));
        return Duration.ofMillis(Math.max(0, value));
    }

    void pause(int failed, String sql, String error) {
        Duration pause = pauseAfter(failed);
        report.accept("lock timeout (" + error + "), try " + (failed + 1) + " of " + maxTries + " in "
                + pause.toMillis() + " ms: " + firstLine(sql));
        try {
            Thread.sleep(pause.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static String firstLine(String sql) {
        String line = sql.strip().lines().findFirst().orElse("");
        return line.length() > 100 ? line.substring(0, 97) + "..." : line;
    }
}
