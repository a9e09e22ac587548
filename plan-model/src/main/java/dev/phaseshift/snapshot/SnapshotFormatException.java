package dev.phaseshift.snapshot;

/** A snapshot file that cannot be read; the message starts with the file and, where known, line and column. */
public class SnapshotFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public SnapshotFormatException(String message) {
        super(message);
    }

    public SnapshotFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
