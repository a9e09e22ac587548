package dev.phaseshift.cli;

import dev.phaseshift.version.PhaseshiftVersion;
import picocli.CommandLine;

/** The version the Maven build wrote into the classes ({@link PhaseshiftVersion}), and the Java that runs it. */
public final class VersionProvider implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
        return new String[] {"phaseshift " + version(),
                "Java " + System.getProperty("java.version") + " (" + System.getProperty("java.vendor") + ")"};
    }

    public static String version() {
        return PhaseshiftVersion.current();
    }
}
