package dev.phaseshift.app.log;

import org.junit.jupiter.api.Test;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;

import static org.assertj.core.api.Assertions.assertThat;

class LogViewModelTest {
    private static final Instant NOON = Instant.parse("2025-03-01T12:00:00Z");
    private final LogViewModel log = new LogViewModel(Clock.fixed(NOON, ZoneOffset.UTC));

    @Test
    void entriesCarryTimeLevelAndMessageInOrder() {
        log.info("opening estate x");
        log.warning("service \"a\" has no snapshot yet");
        log.error("x:3:1: bad");

        assertThat(log.entries()).containsExactly(
                new LogEntry(NOON, LogLevel.INFO, "opening estate x"),
                new LogEntry(NOON, LogLevel.WARNING, "service \"a\" has no snapshot yet"),
                new LogEntry(NOON, LogLevel.ERROR, "x:3:1: bad"));
        assertThat(log.errorCountProperty().get()).isEqualTo(1);
    }

    @Test
    void clearingEmptiesTheLog() {
        log.error("bad");
        log.clear();

        assertThat(log.entries()).isEmpty();
        assertThat(log.errorCountProperty().get()).isZero();
    }

    @Test
    void dropsTheOldestEntriesBeyondItsCapacity() {
        for (int i = 0; i < LogViewModel.CAPACITY + 5; i++) {
            log.info("line " + i);
        }

        assertThat(log.entries()).hasSize(LogViewModel.CAPACITY);
        assertThat(log.entries().get(0).message()).isEqualTo("line 5");
    }
}
