package dev.phaseshift.lock;

/** How MySQL/MariaDB carries out an {@code ALTER TABLE}, cheapest first ({@code NOCOPY} is MariaDB 10.3+ only). */
public enum MysqlAlgorithm {
    INSTANT, NOCOPY, INPLACE, COPY;

    /** The lock level the server picks when the statement names none. */
    public MysqlLock defaultLock() {
        return this == COPY ? MysqlLock.SHARED : MysqlLock.NONE;
    }
}
