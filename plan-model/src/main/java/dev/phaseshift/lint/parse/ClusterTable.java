package dev.phaseshift.lint.parse;

/**
 * PostgreSQL {@code CLUSTER [VERBOSE] [table [USING index]]} (or the old {@code CLUSTER index ON table}): the table
 * is rewritten in index order.
 *
 * @param table the table as written; null for a bare {@code CLUSTER}, which reclusters every table clustered before
 * @param index the index it orders by, or null when the statement names none
 */
public record ClusterTable(String table, String index) implements WrittenCommand {
}
