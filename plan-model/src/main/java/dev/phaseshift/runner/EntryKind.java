package dev.phaseshift.runner;

import java.util.Locale;

/**
 * What a journal row records: a step attempt, the undo of a step, a gate's outcome, a finished phase, or who holds
 * the runner lock (so a second runner can say who is applying the plan).
 */
public enum EntryKind {
    STEP, ROLLBACK, GATE, PHASE, LOCK;

    public String stored() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static EntryKind of(String stored) {
        return valueOf(stored.toUpperCase(Locale.ROOT));
    }
}
