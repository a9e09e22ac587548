package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;

/**
 * A MySQL/MariaDB {@code ALTER TABLE} partition action: what it does to the table's rows decides its lock and
 * whether it destroys data.
 *
 * @param partitions the partitions it names, as written; empty for {@code ... PARTITION ALL} and for actions
 *                   that name none ({@code COALESCE PARTITION 2}, {@code PARTITION BY}, {@code REMOVE PARTITIONING})
 */
public record PartitionChange(String table, Kind kind, List<String> partitions) implements WrittenCommand {
    public PartitionChange {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(kind, "kind");
        partitions = List.copyOf(partitions);
    }

    /** What the action does to the rows. */
    public enum Kind {
        /** {@code ADD PARTITION (PARTITION p VALUES ...)} on a RANGE or LIST table: a new, empty partition. */
        ADD,
        /** {@code DROP PARTITION p}: the partition goes, with every row in it. */
        DROP,
        /** {@code TRUNCATE PARTITION p | ALL}: every row of the partitions goes. */
        TRUNCATE,
        /**
         * {@code REORGANIZE PARTITION}, {@code COALESCE PARTITION n}, {@code ADD PARTITION PARTITIONS n} (HASH, KEY):
         * the rows of the partitions involved are copied into new ones.
         */
        REDISTRIBUTE,
        /** {@code PARTITION BY ...}, {@code REMOVE PARTITIONING}: the whole table is copied into a new layout. */
        REPARTITION,
        /** {@code REBUILD PARTITION p | ALL}: the partitions' rows are copied anew, with writes waiting. */
        REBUILD,
        /**
         * {@code OPTIMIZE PARTITION p | ALL}: InnoDB cannot optimize one partition, so the server rebuilds and
         * analyses the whole table, whatever partitions are named.
         */
        OPTIMIZE,
        /**
         * {@code ANALYZE | CHECK | REPAIR PARTITION p | ALL}: statistics sampled, rows read and checked; InnoDB
         * changes no row (it repairs nothing).
         */
        INSPECT
    }
}
