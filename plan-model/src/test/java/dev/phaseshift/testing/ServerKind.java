package dev.phaseshift.testing;

/** The kinds of test server, one per {@link dev.phaseshift.schema.Engine}, with the conventions used to find them. */
public enum ServerKind {
    POSTGRESQL("postgresql", "PHASESHIFT_TEST_PG_URL",
            "jdbc:postgresql://127.0.0.1:5432/postgres", "postgres"),
    MYSQL("mysql", "PHASESHIFT_TEST_MYSQL_URL",
            "jdbc:mysql://127.0.0.1:3306/", "root");

    private final String id;
    private final String envVar;
    private final String localUrl;
    private final String defaultUser;

    ServerKind(String id, String envVar, String localUrl, String defaultUser) {
        this.id = id;
        this.envVar = envVar;
        this.localUrl = localUrl;
        this.defaultUser = defaultUser;
    }

    /** The product's engine this kind of server runs. */
    public dev.phaseshift.schema.Engine engine() {
        return this == POSTGRESQL ? dev.phaseshift.schema.Engine.POSTGRESQL : dev.phaseshift.schema.Engine.MYSQL;
    }

    /** {@code postgresql} or {@code mysql}. */
    public String id() {
        return id;
    }

    /** Environment variable that names an explicit server for this engine. */
    public String envVar() {
        return envVar;
    }

    /** Admin URL of the local server tried when {@link #envVar()} is unset. */
    public String localUrl() {
        return localUrl;
    }

    /** User for the local server, and for an env URL that names none. */
    public String defaultUser() {
        return defaultUser;
    }

    /** JDBC URL prefix this engine's URLs must start with. */
    String urlPrefix() {
        return "jdbc:" + id + ":";
    }

    /** Quotes an identifier known to contain only {@code [a-z0-9_]}. */
    String quote(String identifier) {
        return this == POSTGRESQL ? '"' + identifier + '"' : '`' + identifier + '`';
    }
}
