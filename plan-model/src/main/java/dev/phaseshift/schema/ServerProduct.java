package dev.phaseshift.schema;

import java.util.Locale;

/**
 * The server product behind an {@link Engine}: MySQL and MariaDB share an engine family but differ in DDL
 * (CHECK reporting, default quoting, online ALTER rules), so renderers and lints need to know which one it is.
 */
public enum ServerProduct {
    POSTGRESQL(Engine.POSTGRESQL),
    MYSQL(Engine.MYSQL),
    MARIADB(Engine.MYSQL);

    private final Engine engine;

    ServerProduct(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /** Tells the product from {@code SELECT version()} output, e.g. {@code 10.11.19-MariaDB-0+deb12u1}. */
    public static ServerProduct fromVersion(Engine engine, String version) {
        if (engine == Engine.POSTGRESQL) {
            return POSTGRESQL;
        }
        return version != null && version.toLowerCase(Locale.ROOT).contains("mariadb") ? MARIADB : MYSQL;
    }
}
