package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * MySQL/MariaDB {@code ALTER TABLE t EXCHANGE PARTITION p WITH TABLE other [WITH | WITHOUT VALIDATION]}: the rows
 * of partition {@code p} and of table {@code other} trade places, under the metadata locks of both tables. The
 * partition's rows leave {@code t} (queries on {@code t} no longer see them) and {@code other}'s rows take their
 * place.
 *
 * @param validated whether the server first reads every row of {@code other} to check it belongs in {@code p}
 *                  ({@code WITH VALIDATION}, the default; MariaDB before 11.4 always validates), with writes to
 *                  both tables waiting meanwhile
 */
public record ExchangePartition(String table, String partition, String withTable, boolean validated)
        implements WrittenCommand {
    public ExchangePartition {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(partition, "partition");
        Objects.requireNonNull(withTable, "withTable");
    }
}
