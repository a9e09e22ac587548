package dev.phaseshift.estate;

import java.util.Locale;

/** The user's answer to an inferred reference. */
public enum Verdict {
    /** The reference is real: it becomes an edge of the graph like a declared one. */
    ACCEPT,
    /** The reference is not real: inference stops proposing it. */
    REJECT;

    /** The key used in the estate file's {@code decisions:} block ({@code accept}, {@code reject}). */
    public String key() {
        return name().toLowerCase(Locale.ROOT);
    }
}
