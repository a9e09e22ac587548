package dev.phaseshift.runner;

import org.junit.jupiter.api.Test;

import java.sql.SQLException;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;

/** The pauses between lock retries, and which errors are lock timeouts on each engine. */
class LockRetryTest {
    private final LockRetry retry = new LockRetry(10, Duration.ofSeconds(1), Duration.ofMinutes(1), null);

    @Test
    void pausesDoubleFromOneSecondUpToOneMinuteWithAQuarterOfJitter() {
        for (int i = 0; i < 50; i++) {
            assertThat(retry.pauseAfter(1).toMillis()).isBetween(750L, 1250L);
            assertThat(retry.pauseAfter(2).toMillis()).isBetween(1500L, 2500L);
            assertThat(retry.pauseAfter(4).toMillis()).isBetween(6000L, 10000L);
            assertThat(retry.pauseAfter(9).toMillis()).isBetween(45_000L, 75_000L);
        }
        long distinct = java.util.stream.IntStream.range(0, 20).mapToObj(i -> retry.pauseAfter(3)).distinct().count();
        assertThat(distinct).as("jitter spreads runners that retry together").isGreaterThan(1);
    }

    @Test
    void postgresLockNotAvailableAndMysqlLockWaitTimeoutAreLockTimeouts() {
        assertThat(LockRetry.isLockTimeout(new SQLException("canceling statement due to lock timeout", "55P03")))
                .isTrue();
        assertThat(LockRetry.isLockTimeout(new SQLException("Lock wait timeout exceeded", "HY000", 1205))).isTrue();
        assertThat(LockRetry.isLockTimeout(new SQLException("canceling statement due to statement timeout",
                "57014"))).isFalse();
        assertThat(LockRetry.isLockTimeout(new SQLException("Deadlock found", "40001", 1213))).isFalse();
    }
}
