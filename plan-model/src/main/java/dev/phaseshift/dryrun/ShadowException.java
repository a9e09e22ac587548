package dev.phaseshift.dryrun;

/** A shadow database could not be created, used or dropped; the message names the server and the database. */
public class ShadowException extends Exception {
    private static final long serialVersionUID = 1L;

    public ShadowException(String message, Throwable cause) {
        super(message, cause);
    }
}
