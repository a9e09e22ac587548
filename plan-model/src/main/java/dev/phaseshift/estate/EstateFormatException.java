package dev.phaseshift.estate;

/** An estate file that cannot be used; the message starts with {@code file:line:column} where known. */
public class EstateFormatException extends Exception {
    private static final long serialVersionUID = 1L;

    public EstateFormatException(String message) {
        super(message);
    }

    public EstateFormatException(String message, Throwable cause) {
        super(message, cause);
    }
}
