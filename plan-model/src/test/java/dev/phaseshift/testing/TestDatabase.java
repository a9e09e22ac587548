package dev.phaseshift.testing;

import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Objects;
import java.util.Random;
import java.util.concurrent.atomic.AtomicBoolean;

/** A throw-away database on a {@link DatabaseServer}; {@link #close()} drops it. */
public final class TestDatabase implements AutoCloseable {

    /** PostgreSQL's identifier limit (MySQL allows 64). */
    static final int MAX_NAME_LENGTH = 63;
    static final String PREFIX = "pstest_";
    private static final int RANDOM_CHARS = 6;
    private static final Random RANDOM = new SecureRandom();

    private final DatabaseServer server;
    private final String name;
    private final AtomicBoolean closed = new AtomicBoolean();

    TestDatabase(DatabaseServer server, String name) {
        this.server = Objects.requireNonNull(server, "server");
        this.name = Objects.requireNonNull(name, "name");
    }

    /** Lower-case, unique, only {@code [a-z0-9_]}, at most 63 characters. */
    public String name() {
        return name;
    }

    public DatabaseServer server() {
        return server;
    }

    /** JDBC URL without credentials; use {@link DatabaseServer#user()}/{@code password()} with it. */
    public String url() {
        return server.jdbcUrl(name);
    }

    /** A fresh connection to this database; the caller closes it. */
    public Connection connect() throws SQLException {
        return server.connect(name);
    }

    public boolean isClosed() {
        return closed.get();
    }

    /** Drops the database (PostgreSQL: {@code WITH (FORCE)}, so open sessions do not block it). Idempotent. */
    @Override
    public void close() throws SQLException {
        if (closed.compareAndSet(false, true)) {
            try {
                server.drop(this);
            } catch (SQLException | RuntimeException e) {
                closed.set(false);
                throw e;
            }
        }
    }

    static String newName(String purpose) {
        return newName(purpose, System.currentTimeMillis(), RANDOM.nextLong());
    }

    /** {@code pstest_<purpose>_<millis base 36>_<6 random base-36 chars>}, purpose cleaned and cut to fit. */
    static String newName(String purpose, long epochMillis, long randomBits) {
        Objects.requireNonNull(purpose, "purpose");
        String time = Long.toString(Math.max(0, epochMillis), 36);
        long bound = 1;
        for (int i = 0; i < RANDOM_CHARS; i++) {
            bound *= 36;
        }
        String random = Long.toString(Math.floorMod(randomBits, bound), 36);
        random = "0".repeat(RANDOM_CHARS - random.length()) + random;
        String suffix = "_" + time + "_" + random;
        String cleaned = purpose.toLowerCase(Locale.ROOT)
                .replaceAll("[^a-z0-9_]+", "_")
                .replaceAll("_+", "_")
                .replaceAll("^_|_$", "");
        int room = MAX_NAME_LENGTH - PREFIX.length() - suffix.length();
        if (cleaned.length() > room) {
            cleaned = cleaned.substring(0, room).replaceAll("_$", "");
        }
        if (cleaned.isEmpty()) {
            cleaned = "db";
        }
        return PREFIX + cleaned + suffix;
    }

    @Override
    public String toString() {
        return name + " on " + server + (isClosed() ? " (dropped)" : "");
    }
}
