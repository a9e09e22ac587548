package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER TABLE parent ATTACH PARTITION partition FOR VALUES ... | DEFAULT}: from 12 it takes SHARE
 * UPDATE EXCLUSIVE on the parent (ACCESS EXCLUSIVE before), ACCESS EXCLUSIVE on the partition, and scans the
 * partition to prove its rows fit unless a valid {@code CHECK} constraint already says so.
 */
public record AttachPartition(String table, String partition) implements WrittenCommand {
    public AttachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partition, "partition");
    }
}
