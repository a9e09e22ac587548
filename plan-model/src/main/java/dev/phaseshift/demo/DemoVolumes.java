package dev.phaseshift.demo;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Production-like row counts and sizes for the demo's tables ({@code demo/volumes.properties}), so that plans on
 * the demo estate are costed like plans on a real shop rather than on a few sample rows.
 */
final class DemoVolumes {
    /** Rows and bytes of one table. */
    record Volume(long rows, long bytes) {
    }

    private final Properties entries;
    private final Volume fallback;

    private DemoVolumes(Properties entries) {
        this.entries = entries;
        this.fallback = parse("default", entries.getProperty("default", "0, 0"));
    }

    static DemoVolumes load() {
        Properties p = new Properties();
        try (InputStream in = DemoVolumes.class.getClassLoader().getResourceAsStream("demo/volumes.properties")) {
            if (in == null) {
                throw new IllegalStateException("the bundled demo/volumes.properties is missing");
            }
            p.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return new DemoVolumes(p);
    }

    Volume of(String service, String schema, String table) {
        String key = service + "." + schema + "." + table;
        String value = entries.getProperty(key);
        return value == null ? fallback : parse(key, value);
    }

    private static Volume parse(String key, String value) {
        String[] parts = value.split(",");
        if (parts.length != 2) {
            throw new IllegalStateException("demo/volumes.properties: " + key + ": expected \"rows, bytes\"");
        }
        return new Volume(Long.parseLong(parts[0].strip()), Long.parseLong(parts[1].strip()));
    }
}
