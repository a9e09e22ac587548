package dev.phaseshift.app.log;

import javafx.beans.property.ReadOnlyIntegerProperty;
import javafx.beans.property.ReadOnlyIntegerWrapper;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.time.Clock;

/**
 * The log shown to the user. Entries are also written to the application log file, so a bug report can quote
 * them.
 */
public final class LogViewModel {
    /** Old entries are dropped beyond this, so a long session does not grow without bound. */
    static final int CAPACITY = 5_000;
    private static final Logger LOG = LoggerFactory.getLogger(LogViewModel.class);

    private final Clock clock;
    private final ObservableList<LogEntry> entries = FXCollections.observableArrayList();
    private final ObservableList<LogEntry> readOnlyEntries = FXCollections.unmodifiableObservableList(entries);
    private final ReadOnlyIntegerWrapper errorCount = new ReadOnlyIntegerWrapper(this, "errorCount");

    public LogViewModel(Clock clock) {
        this.clock = clock;
    }

    public ObservableList<LogEntry> entries() {
        return readOnlyEntries;
    }

    /** How many errors were logged since the log was last cleared. */
    public ReadOnlyIntegerProperty errorCountProperty() {
        return errorCount.getReadOnlyProperty();
    }

    public void info(String message) {
        add(LogLevel.INFO, message);
    }

    public void warning(String message) {
        add(LogLevel.WARNING, message);
    }

    public void error(String message) {
        add(LogLevel.ERROR, message);
    }

    public void clear() {
        entries.clear();
        errorCount.set(0);
    }

    private void add(LogLevel level, String message) {
        switch (level) {
            case INFO -> LOG.info(message);
            case WARNING -> LOG.warn(message);
            case ERROR -> {
                LOG.error(message);
                errorCount.set(errorCount.get() + 1);
            }
        }
        if (entries.size() >= CAPACITY) {
            entries.remove(0);
        }
        entries.add(new LogEntry(clock.instant(), level, message));
    }
}
