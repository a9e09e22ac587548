package dev.phaseshift.estate;

import java.util.Locale;

/** How much a {@link Problem} matters: errors stop a command, warnings and notes are shown. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case word used in messages ({@code error}, {@code warning}, {@code info}). */
    public String word() {
        return name().toLowerCase(Locale.ROOT);
    }
}
