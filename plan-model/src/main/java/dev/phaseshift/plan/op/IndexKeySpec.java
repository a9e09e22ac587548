package dev.phaseshift.plan.op;

import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Collation;
import dev.phaseshift.schema.IndexKey;

/**
 * One key of {@code create_index} with its options, for the {@code keys} form: a column or an expression, not
 * both. Rollbacks use it so that a dropped index comes back with its sort order, operator classes, collations and
 * prefix lengths.
 *
 * @param descending PostgreSQL and MySQL 8 {@code DESC}
 * @param nullsFirst PostgreSQL {@code NULLS FIRST} (true) or {@code NULLS LAST} (false) where it differs from
 *                   the default for the direction; null for the default
 * @param length     MySQL/MariaDB prefix length ({@code name(10)})
 * @param opclass    a PostgreSQL operator class ({@code text_pattern_ops})
 * @param collation  a collation for this key that differs from the column's (PostgreSQL)
 */
public record IndexKeySpec(@OptionalField String column, @OptionalField String expression, Boolean descending,
                           Boolean nullsFirst, Integer length, @OptionalField String opclass,
                           @OptionalField String collation) {
    public IndexKeySpec {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key has either \"column\" or \"expression\"");
        }
    }

    static IndexKeySpec of(IndexKey k) {
        return new IndexKeySpec(k.column(), k.expression(), k.descending() ? true : null, k.nullsFirst(), k.length(),
                k.opclass(), k.collation());
    }

    IndexKey toKey() {
        return new IndexKey(column, expression, descending != null && descending, nullsFirst, length, opclass,
                collation);
    }

    /** The key as {@code CREATE INDEX} writes it for {@code dialect}. */
    String sql(Dialect dialect) {
        StringBuilder sql = new StringBuilder(column != null ? dialect.quote(column) : "(" + expression + ")");
        if (dialect.postgres()) {
            if (collation != null) {
                sql.append(" COLLATE ").append(Collation.postgresReference(collation));
            }
            if (opclass != null) {
                sql.append(' ').append(opclass);
            }
        } else if (length != null) {
            sql.append('(').append(length).append(')');
        }
        if (descending != null && descending) {
            sql.append(" DESC");
        }
        if (dialect.postgres() && nullsFirst != null) {
            sql.append(nullsFirst ? " NULLS FIRST" : " NULLS LAST");
        }
        return sql.toString();
    }
}
