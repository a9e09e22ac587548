package dev.phaseshift.export;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The secret references of an estate file ({@code ${env:ORDERS_DB_PASSWORD}}, {@code ${prompt}}). Exports only
 * ever name the variable; the secret itself is never read.
 */
final class SecretReference {
    private static final Pattern ENV = Pattern.compile("^\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}$");

    private SecretReference() {
    }

    /** The environment variable a password reference names, if it is an {@code ${env:VAR}} reference. */
    static Optional<String> environmentVariable(String reference) {
        if (reference == null) {
            return Optional.empty();
        }
        Matcher m = ENV.matcher(reference.strip());
        return m.matches() ? Optional.of(m.group(1)) : Optional.empty();
    }

    /** Whether the password is asked for interactively, which no CI job or migration tool can do. */
    static boolean prompted(String reference) {
        return reference != null && reference.strip().equals("${prompt}");
    }
}
