package dev.phaseshift.app.main;

/**
 * What Help ▸ About shows.
 *
 * @param version the version in the jar manifest, or "development build" when run from classes
 */
public record AboutInfo(String name, String version, String javaVersion, String javafxVersion) {
    public static final String DEVELOPMENT_BUILD = "development build";

    public static AboutInfo current() {
        String version = MainViewModel.class.getPackage().getImplementationVersion();
        return new AboutInfo("Phaseshift", version == null || version.isBlank() ? DEVELOPMENT_BUILD : version,
                System.getProperty("java.version", "unknown") + " (" + System.getProperty("java.vendor", "unknown")
                        + ")",
                System.getProperty("javafx.runtime.version", System.getProperty("javafx.version", "unknown")));
    }
}
