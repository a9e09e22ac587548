package dev.phaseshift.lock;

import java.util.Objects;

/**
 * A lock a statement takes on one table.
 *
 * @param table    schema-qualified where the snapshot knows the table ({@code public.orders})
 * @param mode     as a DBA reads it: {@code SHARE UPDATE EXCLUSIVE}, {@code ALGORITHM=COPY, LOCK=SHARED}
 * @param strength orders the modes of one engine, to pick the strongest a step takes
 */
public record TableLock(String table, String mode, int strength, boolean blocksWrites, boolean blocksReads) {
    public TableLock {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(mode, "mode");
    }

    public static TableLock postgres(String table, LockLevel level) {
        return new TableLock(table, level.sqlName(), level.ordinal(), level.blocksWrites(), level.blocksReads());
    }

    public static TableLock mysql(String table, MysqlAlgorithm algorithm, MysqlLock lock) {
        return new TableLock(table, "ALGORITHM=" + algorithm + ", LOCK=" + lock, 10 * lock.ordinal()
                + algorithm.ordinal(), lock.blocksWrites(), lock.blocksReads());
    }

    /**
     * MySQL/MariaDB {@code LOCK TABLES t READ} (writes wait) or {@code WRITE} (reads and writes wait), held until
     * {@code UNLOCK TABLES}; as strong as an {@code ALTER TABLE} with {@code LOCK=SHARED} or {@code EXCLUSIVE}.
     */
    public static TableLock mysqlLockTables(String table, boolean write) {
        MysqlLock like = write ? MysqlLock.EXCLUSIVE : MysqlLock.SHARED;
        return new TableLock(table, "LOCK TABLES " + (write ? "WRITE" : "READ"),
                10 * like.ordinal() + MysqlAlgorithm.COPY.ordinal(), like.blocksWrites(), like.blocksReads());
    }

    /**
     * A MySQL/MariaDB statement that only takes the table's metadata lock (exclusive for a moment while the
     * dictionary changes: {@code CREATE TRIGGER}, {@code DROP TABLE}) or a shared one (DML).
     */
    public static TableLock mysqlMetadata(String table) {
        return new TableLock(table, "metadata lock", -1, false, false);
    }

    /**
     * A MySQL/MariaDB metadata lock held for the whole statement rather than for a moment: writes wait (the
     * server's {@code SHARED_NO_WRITE}, while {@code EXCHANGE PARTITION} checks rows) or reads wait too
     * ({@code SHARED_NO_READ_WRITE} or exclusive, while {@code IMPORT TABLESPACE} or {@code REPAIR TABLE} runs).
     */
    public static TableLock mysqlMetadataHeld(String table, boolean readsWait) {
        MysqlLock like = readsWait ? MysqlLock.EXCLUSIVE : MysqlLock.SHARED;
        return new TableLock(table, readsWait ? "metadata lock, reads and writes wait" : "metadata lock, writes wait",
                10 * like.ordinal() + MysqlAlgorithm.COPY.ordinal(), like.blocksWrites(), like.blocksReads());
    }
}
