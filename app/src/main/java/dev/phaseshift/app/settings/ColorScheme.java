package dev.phaseshift.app.settings;

/** The light or dark variant of the application theme. */
public enum ColorScheme {
    LIGHT, DARK;

    public ColorScheme toggled() {
        return this == LIGHT ? DARK : LIGHT;
    }
}
