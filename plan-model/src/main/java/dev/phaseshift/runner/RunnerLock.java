package dev.phaseshift.runner;

import dev.phaseshift.schema.Engine;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HexFormat;

/**
 * One runner at a time per target and plan. PostgreSQL: a session-level {@code pg_try_advisory_lock} (a
 * transaction-level one would be held by the step's own transaction, and {@code CREATE INDEX CONCURRENTLY} waits
 * for every transaction, its own session's lock holder included: it would wait for ever). MySQL/MariaDB:
 * {@code GET_LOCK(name, 0)}. Either way the lock lives on a connection of its own that runs nothing else, and the
 * server releases it when that session ends, so a killed runner leaves nothing to clean up.
 */
final class RunnerLock {
    private final Connection connection;
    private final Engine engine;
    private final String key;

    RunnerLock(Connection connection, Engine engine, String database, String planName) {
        this.connection = connection;
        this.engine = engine;
        this.key = database + "\n" + planName;
    }

    /** Whether this session now holds the lock; false at once when another session does. */
    boolean tryAcquire() throws SQLException {
        String sql = engine == Engine.POSTGRESQL ? "SELECT pg_try_advisory_lock(?)" : "SELECT GET_LOCK(?, 0)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (engine == Engine.POSTGRESQL) {
                ps.setLong(1, advisoryKey());
            } else {
                ps.setString(1, lockName());
            }
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getBoolean(1);
            }
        }
    }

    void release() throws SQLException {
        String sql = engine == Engine.POSTGRESQL ? "SELECT pg_advisory_unlock(?)" : "SELECT RELEASE_LOCK(?)";
        try (PreparedStatement ps = connection.prepareStatement(sql)) {
            if (engine == Engine.POSTGRESQL) {
                ps.setLong(1, advisoryKey());
            } else {
                ps.setString(1, lockName());
            }
            ps.executeQuery().close();
        }
    }

    /** PostgreSQL advisory locks take a 64-bit key: the first 8 bytes of the SHA-256 of database and plan. */
    long advisoryKey() {
        return ByteBuffer.wrap(digest()).getLong();
    }

    /** MySQL lock names are server-wide and at most 64 characters: a prefix and 48 hex digits of the digest. */
    String lockName() {
        return "phaseshift:" + HexFormat.of().formatHex(digest()).substring(0, 48);
    }

    private byte[] digest() {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
