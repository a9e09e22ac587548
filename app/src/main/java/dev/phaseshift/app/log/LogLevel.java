package dev.phaseshift.app.log;

/** How much a log entry matters to the user. */
public enum LogLevel {
    INFO, WARNING, ERROR
}
