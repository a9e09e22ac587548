package dev.phaseshift.runner;

/**
 * Why a run did not start or stopped, in one line that names the service, plan, phase or step. Thrown before
 * anything is journalled whenever the cause is known up front (bad input, an unreachable target, a newer journal).
 */
public final class RunnerException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Maps to the command's exit code. */
    public enum Kind {
        /** A phase that does not exist or may not run yet, a journal of a newer format: exit 2. */
        BAD_INPUT,
        /** A target that cannot be reached: exit 3. */
        CANNOT_CONNECT,
        /** Another runner holds the plan, a done step changed, a gate stopped the run: exit 1. */
        REFUSED
    }

    private final Kind kind;

    public RunnerException(Kind kind, String message) {
        super(message);
        this.kind = kind;
    }

    public Kind kind() {
        return kind;
    }
}
