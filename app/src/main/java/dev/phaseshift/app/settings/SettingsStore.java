package dev.phaseshift.app.settings;

import java.util.Optional;

/** Flat string storage for settings. Implementations need not be thread-safe. */
public interface SettingsStore {

    Optional<String> get(String key);

    void put(String key, String value);

    void remove(String key);

    /** Makes what was put durable; a store that cannot says so in its own log, it does not throw. */
    void flush();
}
