package dev.phaseshift.app.settings;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.Optional;
import java.util.prefs.BackingStoreException;
import java.util.prefs.Preferences;

/** Settings in the user's {@link Preferences}, under one node. */
public final class PreferencesSettingsStore implements SettingsStore {
    /** The system property naming the node; tests point it elsewhere so they never touch a user's settings. */
    public static final String NODE_PROPERTY = "phaseshift.settings.node";
    public static final String DEFAULT_NODE = "dev/phaseshift";

    private static final Logger LOG = LoggerFactory.getLogger(PreferencesSettingsStore.class);

    private final Preferences node;

    public PreferencesSettingsStore(Preferences node) {
        this.node = node;
    }

    /** The store under the node named by {@value #NODE_PROPERTY}, or {@value #DEFAULT_NODE}. */
    public static PreferencesSettingsStore forCurrentUser() {
        String path = System.getProperty(NODE_PROPERTY, DEFAULT_NODE);
        return new PreferencesSettingsStore(Preferences.userRoot().node(path));
    }

    /**
     * Reads the user's settings into memory now (the preferences are an XML file on Linux, and the first read loads
     * the XML parser), so that the window, which reads them first thing, finds them read. Safe from any thread.
     */
    public static void readAhead() {
        forCurrentUser().get("");
    }

    @Override
    public Optional<String> get(String key) {
        return Optional.ofNullable(node.get(key, null));
    }

    @Override
    public void put(String key, String value) {
        node.put(key, value);
    }

    @Override
    public void remove(String key) {
        node.remove(key);
    }

    @Override
    public void flush() {
        try {
            node.flush();
        } catch (BackingStoreException e) {
            LOG.warn("cannot save settings to {}: {}", node.absolutePath(), e.getMessage());
        }
    }
}
