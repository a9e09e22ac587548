package dev.phaseshift.demo;

/** A statement of a demo script failed; the message names the service, the script line and the server's reason. */
public class DemoScriptException extends Exception {
    private static final long serialVersionUID = 1L;

    public DemoScriptException(String message, Throwable cause) {
        super(message, cause);
    }
}
