package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;

/**
 * A {@code CREATE TABLE} whose columns come from other relations rather than a column list: {@code AS query}
 * (MySQL also {@code [AS] SELECT}), {@code LIKE source} (PostgreSQL inside the parentheses) and PostgreSQL's
 * {@code PARTITION OF parent}. The new table is a plan {@code CreateTable} without columns; this says what it is
 * made from, for the locks: a query and {@code LIKE} read their sources, {@code PARTITION OF} takes ACCESS
 * EXCLUSIVE on the parent.
 *
 * @param sources the relations read (a query's tables, {@code LIKE}'s source) or the partitioned parent, as written
 */
public record CreateTableFrom(String table, Form form, List<String> sources) implements WrittenCommand {
    public enum Form { QUERY, LIKE, PARTITION_OF }

    public CreateTableFrom {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(form, "form");
        sources = List.copyOf(sources);
    }
}
