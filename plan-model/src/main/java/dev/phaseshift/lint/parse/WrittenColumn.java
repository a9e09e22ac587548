package dev.phaseshift.lint.parse;

import dev.phaseshift.plan.op.ColumnSpec;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * A column an {@code ALTER TABLE ... ADD [COLUMN]} adds, as written: its spec (name, type, nullability, default)
 * and the clauses that decide how adding it locks or rewrites ({@link ColumnClause}).
 *
 * @param table the table as the statement names it
 */
public record WrittenColumn(String table, ColumnSpec spec, Set<ColumnClause> clauses) {
    public WrittenColumn {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(spec, "spec");
        clauses = clauses.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(clauses));
    }

    public String name() {
        return spec.name();
    }

    public boolean has(ColumnClause clause) {
        return clauses.contains(clause);
    }
}
