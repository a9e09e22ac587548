package dev.phaseshift.schema;

import java.util.Locale;

/** The database engine family a service runs on; MySQL covers MariaDB too. */
public enum Engine {
    POSTGRESQL("postgresql", "PostgreSQL"),
    MYSQL("mysql", "MySQL/MariaDB");

    private final String id;
    private final String displayName;

    Engine(String id, String displayName) {
        this.id = id;
        this.displayName = displayName;
    }

    /** The name used in files and on the command line. */
    public String id() {
        return id;
    }

    public String displayName() {
        return displayName;
    }

    /** Parses a file or command-line name; accepts {@code mariadb} and {@code postgres} as aliases. */
    public static Engine fromId(String text) {
        String t = text == null ? "" : text.trim().toLowerCase(Locale.ROOT);
        switch (t) {
            case "postgresql":
            case "postgres":
            case "pg":
                return POSTGRESQL;
            case "mysql":
            case "mariadb":
                return MYSQL;
            default:
                throw new IllegalArgumentException("unknown engine \"" + text + "\": expected postgresql or mysql");
        }
    }
}
