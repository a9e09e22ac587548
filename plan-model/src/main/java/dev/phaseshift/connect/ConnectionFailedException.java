package dev.phaseshift.connect;

/** A server could not be reached or refused the login; the message names the URL (without secrets) and why. */
public class ConnectionFailedException extends Exception {
    private static final long serialVersionUID = 1L;

    public ConnectionFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
