package dev.phaseshift.lock;

/** The {@code LOCK} level of a MySQL/MariaDB {@code ALTER TABLE}: what concurrent sessions may still do. */
public enum MysqlLock {
    /** Reads and writes pass. */
    NONE,
    /** Reads pass, writes wait. */
    SHARED,
    /** Reads and writes wait. */
    EXCLUSIVE;

    public boolean blocksWrites() {
        return this != NONE;
    }

    public boolean blocksReads() {
        return this == EXCLUSIVE;
    }
}
