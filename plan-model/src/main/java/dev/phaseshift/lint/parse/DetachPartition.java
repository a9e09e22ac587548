package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER TABLE parent DETACH PARTITION partition [CONCURRENTLY | FINALIZE]}.
 *
 * @param concurrently {@code CONCURRENTLY} (postgresql 14 and later): two transactions under SHARE UPDATE EXCLUSIVE
 *                     on the parent instead of one under ACCESS EXCLUSIVE
 * @param finishing    {@code FINALIZE}: completes a concurrent detach that was cancelled or interrupted
 */
public record DetachPartition(String table, String partition, boolean concurrently, boolean finishing)
        implements WrittenCommand {
    public DetachPartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partition, "partition");
    }
}
