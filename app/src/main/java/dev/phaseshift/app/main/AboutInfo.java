package dev.phaseshift.app.main;

import dev.phaseshift.version.PhaseshiftVersion;

/**
 * What Help ▸ About shows.
 *
 * @param version the version of the Maven project this build came from ({@link PhaseshiftVersion})
 */
public record AboutInfo(String name, String version, String javaVersion, String javafxVersion) {
    public static final String DEVELOPMENT_BUILD = PhaseshiftVersion.DEVELOPMENT_BUILD;

    public static AboutInfo current() {
        return new AboutInfo("Phaseshift", PhaseshiftVersion.current(),
                System.getProperty("java.version", "unknown") + " (" + System.getProperty("java.vendor", "unknown")
                        + ")",
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown")));
    }
}
