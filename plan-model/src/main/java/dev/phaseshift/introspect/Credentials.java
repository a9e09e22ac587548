package dev.phaseshift.introspect;

import java.util.Objects;

/**
 * A database user and its password. The password stays inside this package (the driver needs it as a
 * {@code String} for one call); {@link #toString()} never shows it, so a credentials object can be logged.
 */
public final class Credentials {
    private final String user;
    private final char[] password;

    private Credentials(String user, char[] password) {
        this.user = Objects.requireNonNull(user, "user");
        this.password = password == null ? new char[0] : password.clone();
    }

    /** The array is copied; the caller may clear its own. */
    public static Credentials of(String user, char[] password) {
        return new Credentials(user, password);
    }

    public static Credentials of(String user, String password) {
        return new Credentials(user, password == null ? null : password.toCharArray());
    }

    public String user() {
        return user;
    }

    /** Whether a password was given (servers with trust or socket authentication need none). */
    public boolean hasPassword() {
        return password.length > 0;
    }

    String password() {
        return new String(password);
    }

    /** {@code text} with every occurrence of the password replaced by {@code ***}. */
    String scrub(String text) {
        if (text == null || password.length == 0) {
            return text;
        }
        return text.replace(new String(password), "***");
    }

    @Override
    public String toString() {
        return "user " + user + (password.length == 0 ? ", no password" : ", password ***");
    }
}
