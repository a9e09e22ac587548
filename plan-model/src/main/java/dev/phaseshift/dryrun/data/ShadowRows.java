package dev.phaseshift.dryrun.data;

import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Fills a shadow database whose tables were created from {@code snapshot}'s DDL.
 *
 * <p>On MySQL/MariaDB the shadow is another database than the source, and the snapshot names its schema after
 * the source database; the overloads without a {@link SchemaMapping} write that schema to the target
 * connection's current database (see {@link #defaultMapping}). PostgreSQL shadows keep the schema names.
 */
public final class ShadowRows {
    private ShadowRows() {
    }

    /**
     * Copies up to {@code perTable} rows of every table from {@code source} (only read, in a read-only
     * transaction) into {@code target}, parents before children, keeping foreign keys satisfied. Neither
     * connection may be inside a transaction; both get their settings back.
     *
     * <p>Values travel in their text form (binary MySQL values as bytes); MySQL {@code TIMESTAMP} text is in
     * the session time zone, so source and shadow servers should agree on it.
     *
     * @throws SQLException naming the table, when reading the source or writing the shadow fails; the shadow
     *                      is then left as empty as it was
     */
    public static LoadedRows sample(Snapshot snapshot, Connection source, Connection target, int perTable)
            throws SQLException {
        return sample(snapshot, source, target, perTable, defaultMapping(snapshot, target));
    }

    /** {@link #sample(Snapshot, Connection, Connection, int)} with the snapshot's schemas renamed in the shadow. */
    public static LoadedRows sample(Snapshot snapshot, Connection source, Connection target, int perTable,
                                    SchemaMapping mapping) throws SQLException {
        requirePositive(perTable);
        if (source == target) {
            throw new IllegalArgumentException("the source and the shadow must be different connections");
        }
        EngineSql sql = new EngineSql(snapshot.engine(), mapping);
        FillOrder order = FillOrder.of(snapshot);
        try (ReadOnlySource reading = new ReadOnlySource(source, sql.postgres());
             TargetSession writing = new TargetSession(target, sql, FillOrder.everyTable(snapshot))) {
            LoadedRows loaded = new SourceSample(sql, order, perTable).copy(reading, writing);
            writing.commit();
            return loaded;
        }
    }

    /** Generates {@code perTable} rows per table into {@code target} that satisfy keys, NOT NULL and checks. */
    public static LoadedRows synthesize(Snapshot snapshot, Connection target, int perTable) throws SQLException {
        return synthesize(snapshot, target, perTable, defaultMapping(snapshot, target));
    }

    /** {@link #synthesize(Snapshot, Connection, int)} with the snapshot's schemas renamed in the shadow. */
    public static LoadedRows synthesize(Snapshot snapshot, Connection target, int perTable, SchemaMapping mapping)
            throws SQLException {
        requirePositive(perTable);
        EngineSql sql = new EngineSql(snapshot.engine(), mapping);
        FillOrder order = FillOrder.of(snapshot);
        try (TargetSession writing = new TargetSession(target, sql, FillOrder.everyTable(snapshot))) {
            LoadedRows loaded = new RowSynthesizer(snapshot, sql, order, perTable).fill(writing);
            writing.commit();
            return loaded;
        }
    }

    /**
     * Identity on PostgreSQL. On MySQL the snapshot's database ({@link Snapshot#database()}, or its only schema)
     * goes to the target connection's current database.
     */
    static SchemaMapping defaultMapping(Snapshot snapshot, Connection target) throws SQLException {
        if (snapshot.engine() != Engine.MYSQL) {
            return SchemaMapping.IDENTITY;
        }
        String shadow = target.getCatalog();
        String source = snapshot.database() != null && snapshot.schema(snapshot.database()).isPresent()
                ? snapshot.database()
                : snapshot.schemas().size() == 1 ? snapshot.schemas().get(0).name() : null;
        return source == null || shadow == null ? SchemaMapping.IDENTITY : SchemaMapping.of(source, shadow);
    }

    private static void requirePositive(int perTable) {
        if (perTable < 1) {
            throw new IllegalArgumentException("rows per table must be at least 1, not " + perTable);
        }
    }
}
