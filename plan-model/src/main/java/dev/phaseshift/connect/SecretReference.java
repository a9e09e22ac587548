package dev.phaseshift.connect;

import java.io.Console;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The one place a secret reference from an estate file ({@code ${env:VAR}} or {@code ${prompt}}) becomes the
 * secret. The value goes to the caller as a {@code char[]} and is never part of a message: messages name the
 * service, the user and the variable only.
 */
public final class SecretReference {
    private static final Pattern ENV = Pattern.compile("\\$\\{env:([A-Za-z_][A-Za-z0-9_]*)}");
    private static final String PROMPT = "${prompt}";

    /** Where {@code ${prompt}} asks; null when there is no terminal to ask on. */
    public interface Prompt {
        char[] ask(String service, String user);
    }

    /** Asks on the process's console, if it has one. */
    public static final Prompt CONSOLE = (service, user) -> {
        Console console = System.console();
        return console == null ? null
                : console.readPassword("password for service %s (user %s): ", service, user);
    };

    private SecretReference() {
    }

    /**
     * The secret {@code reference} names, or null when there is none (a server that trusts the login).
     *
     * @throws SecretUnavailableException when the variable is unset, the prompt cannot ask, or the reference is
     *                                    not one of the two forms
     */
    public static char[] resolve(String reference, String service, String user, Prompt prompt)
            throws SecretUnavailableException {
        if (reference == null || reference.isBlank()) {
            return null;
        }
        String text = reference.trim();
        Matcher env = ENV.matcher(text);
        if (env.matches()) {
            String value = System.getenv(env.group(1));
            if (value == null) {
                throw new SecretUnavailableException("service \"" + service + "\" password: environment variable "
                        + env.group(1) + " is not set");
            }
            return value.toCharArray();
        }
        if (PROMPT.equals(text)) {
            char[] typed = prompt == null ? null : prompt.ask(service, user);
            if (typed == null) {
                throw new SecretUnavailableException("service \"" + service + "\" asks for its password (${prompt})"
                        + " but there is no console to ask on; run interactively, or use ${env:VARIABLE}");
            }
            return typed;
        }
        throw new SecretUnavailableException("service \"" + service + "\" password must be a reference, "
                + "${env:VARIABLE} or ${prompt}");
    }
}
