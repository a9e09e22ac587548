package dev.phaseshift.app.connect;

import java.util.Arrays;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * Passwords typed for "ask me" ({@code ${prompt}}) services, by service name, for this session only: held in
 * memory, never written to the estate file, the preferences, the log or a snapshot. A password the server
 * refused is forgotten, so the next attempt asks again.
 */
public final class SessionSecrets {
    private final Map<String, char[]> passwords = new HashMap<>();

    /** A copy of the password typed for {@code service}, if one was. */
    public Optional<char[]> password(String service) {
        char[] known = passwords.get(service);
        return known == null ? Optional.empty() : Optional.of(known.clone());
    }

    /** Keeps a copy of {@code password}; the caller may clear its own array. */
    public void remember(String service, char[] password) {
        forget(service);
        passwords.put(service, password.clone());
    }

    public void forget(String service) {
        char[] old = passwords.remove(service);
        if (old != null) {
            Arrays.fill(old, '\0');
        }
    }

    /** Clears every password, e.g. when the estate is closed. */
    public void forgetAll() {
        passwords.values().forEach(p -> Arrays.fill(p, '\0'));
        passwords.clear();
    }
}
