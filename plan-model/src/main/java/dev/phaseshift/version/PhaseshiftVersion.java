package dev.phaseshift.version;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The version of this build, from a resource the Maven build fills in with the project's version. Unlike the jar
 * manifest it is there whichever way the classes are run (runnable jar, app image, IDE, tests), so files written by
 * tests carry the same header as files written by the released tool.
 */
public final class PhaseshiftVersion {
    /** What is said when the resource has not been filtered (classes compiled outside Maven). */
    public static final String DEVELOPMENT_BUILD = "development build";
    static final String RESOURCE = "phaseshift-version.properties";

    private PhaseshiftVersion() {
    }

    /** The project version, e.g. {@code 0.1.0}, or {@link #DEVELOPMENT_BUILD}. */
    public static String current() {
        return Holder.VERSION;
    }

    static String read(InputStream in) throws IOException {
        if (in == null) {
            return DEVELOPMENT_BUILD;
        }
        Properties properties = new Properties();
        properties.load(in);
        String version = properties.getProperty("version", "").strip();
        return version.isEmpty() || version.startsWith("${") ? DEVELOPMENT_BUILD : version;
    }

    /** Read once, on first use: the version cannot change while the program runs. */
    private static final class Holder {
        static final String VERSION = load();

        private static String load() {
            try (InputStream in = PhaseshiftVersion.class.getResourceAsStream(RESOURCE)) {
                return read(in);
            } catch (IOException e) {
                throw new UncheckedIOException("reading the version resource " + RESOURCE, e);
            }
        }
    }
}
