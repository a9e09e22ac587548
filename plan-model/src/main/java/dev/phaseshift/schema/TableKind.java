package dev.phaseshift.schema;

/** What kind of base table a {@link Table} is. */
public enum TableKind {
    /** An ordinary table. */
    TABLE,
    /** A partitioned table (PostgreSQL {@code PARTITION BY}, MySQL partitioning); a PostgreSQL partitioned
     * table that is itself a partition keeps this kind and has {@link Table#partitionOf()} set. */
    PARTITIONED,
    /** A PostgreSQL partition of a partitioned table. */
    PARTITION
}
