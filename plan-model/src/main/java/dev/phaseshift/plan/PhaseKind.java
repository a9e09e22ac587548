package dev.phaseshift.plan;

import java.util.Locale;

/** The expand/contract stage a phase belongs to. */
public enum PhaseKind {
    EXPAND, MIGRATE, SWITCH, CONTRACT;

    /** The word used in plan files. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
