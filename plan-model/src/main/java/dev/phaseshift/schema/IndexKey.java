package dev.phaseshift.schema;

/**
 * One key part of an index: a column or an expression, with its sort order and options.
 *
 * @param column     the column name, or null for an expression key
 * @param expression the key expression as the server prints it, or null for a column key
 * @param descending whether the key sorts descending
 * @param nullsFirst PostgreSQL {@code NULLS FIRST}/{@code LAST} when it differs from the default for the
 *                   direction (ASC: last, DESC: first), otherwise null
 * @param length     MySQL prefix length ({@code name(10)}), or null
 * @param opclass    a non-default PostgreSQL operator class, schema-qualified unless built in
 *                   ({@code text_pattern_ops}, {@code ext.gist_hstore_ops}), or null
 * @param collation  a collation that differs from the column's, or null; PostgreSQL: schema-qualified SQL
 *                   ({@code pg_catalog."C"}), so a collation of a user schema can be recreated
 */
public record IndexKey(String column, String expression, boolean descending, Boolean nullsFirst, Integer length,
                       String opclass, String collation) {
    public IndexKey {
        if ((column == null) == (expression == null)) {
            throw new IllegalArgumentException("an index key is either a column or an expression: column="
                    + column + ", expression=" + expression);
        }
    }

    public static IndexKey column(String name) {
        return new IndexKey(name, null, false, null, null, null, null);
    }

    public static IndexKey expression(String expression) {
        return new IndexKey(null, expression, false, null, null, null, null);
    }

    /** The column name or the expression. */
    public String key() {
        return column != null ? column : expression;
    }

    public IndexKey withDescending(boolean value) {
        return new IndexKey(column, expression, value, nullsFirst, length, opclass, collation);
    }

    public IndexKey withNullsFirst(Boolean value) {
        return new IndexKey(column, expression, descending, value, length, opclass, collation);
    }

    public IndexKey withLength(Integer value) {
        return new IndexKey(column, expression, descending, nullsFirst, value, opclass, collation);
    }

    public IndexKey withOpclass(String value) {
        return new IndexKey(column, expression, descending, nullsFirst, length, value, collation);
    }

    public IndexKey withCollation(String value) {
        return new IndexKey(column, expression, descending, nullsFirst, length, opclass, value);
    }
}
