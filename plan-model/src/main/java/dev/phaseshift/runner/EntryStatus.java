package dev.phaseshift.runner;

import java.util.Locale;

/** The status of one journal row, stored lower case ({@code rolled_back}). */
public enum EntryStatus {
    RUNNING, DONE, FAILED, ROLLED_BACK;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryStatus of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
