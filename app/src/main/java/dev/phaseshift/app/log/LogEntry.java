package dev.phaseshift.app.log;

import java.time.Instant;
import java.util.Objects;

/** One line of the log. */
public record LogEntry(Instant time, LogLevel level, String message) {
    public LogEntry {
        Objects.requireNonNull(time, "time");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(message, "message");
    }
}
