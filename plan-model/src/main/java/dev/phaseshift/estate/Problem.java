package dev.phaseshift.estate;

import java.util.Objects;

/**
 * An expected failure found in the user's input, as a value.
 *
 * @param code     a stable kebab-case identifier ({@code unknown-column}) for documentation and filters
 * @param message  what is wrong, lower case, identifiers quoted
 * @param help     what to do about it, or null
 * @param location where it was written, or null when it has no place in a file
 */
public record Problem(String code, Severity severity, String message, String help, SourceLocation location) {
    public Problem {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(message, "message");
    }

    public static Problem error(String code, String message, String help, SourceLocation location) {
        return new Problem(code, Severity.ERROR, message, help, location);
    }

    public static Problem warning(String code, String message, String help, SourceLocation location) {
        return new Problem(code, Severity.WARNING, message, help, location);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** One line: {@code file:line:column: error: message [code]}, then the help on the same line if any. */
    @Override
    public String toString() {
        return (location == null ? "" : location + ": ") + severity.word() + ": " + message + " [" + code + "]"
                + (help == null ? "" : "; " + help);
    }
}
