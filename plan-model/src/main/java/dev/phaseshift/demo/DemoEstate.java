package dev.phaseshift.demo;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bundled demo estate, read from the class path: {@code demo/phaseshift.yaml}, {@code demo/snapshots/*.json}
 * and the SQL that is its source of truth, {@code demo/sql/<service>.sql}.
 */
public final class DemoEstate {
    public static final String LOCATION = "demo/phaseshift.yaml (bundled)";
    private static final String ROOT = "demo/";

    private DemoEstate() {
    }

    public static Estate load() {
        try (InputStream in = open("phaseshift.yaml")) {
            return EstateLoader.load(in, LOCATION, DemoEstate::open, relative -> ROOT + relative + " (bundled)");
        } catch (EstateFormatException e) {
            throw new IllegalStateException("the bundled demo estate is broken: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The DDL script that creates one demo service's objects and sample rows, idempotently. */
    public static String sql(String service) {
        try (InputStream in = open("sql/" + service + ".sql")) {
            if (in == null) {
                throw new IllegalArgumentException("the demo estate has no service \"" + service + "\"");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static InputStream open(String relative) {
        return DemoEstate.class.getClassLoader().getResourceAsStream(ROOT + relative);
    }
}
