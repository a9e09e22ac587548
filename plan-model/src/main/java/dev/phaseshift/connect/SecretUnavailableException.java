package dev.phaseshift.connect;

/** A secret reference that cannot be resolved here; the message never contains a secret. */
public final class SecretUnavailableException extends Exception {
    private static final long serialVersionUID = 1L;

    public SecretUnavailableException(String message) {
        super(message);
    }
}
