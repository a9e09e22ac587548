package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * An index.
 *
 * @param keyParts         the key columns and expressions in order
 * @param primary          whether it is the primary key's index
 * @param predicate        the WHERE clause of a partial index, or null
 * @param method           the access method ({@code btree}, {@code gin}, {@code hash}, {@code fulltext}, {@code spatial}...)
 * @param include          PostgreSQL {@code INCLUDE} columns
 * @param valid            false for an index a failed {@code CREATE INDEX CONCURRENTLY} left behind: it costs
 *                         writes but is never used and does not enforce uniqueness
 * @param constraint       the primary key or unique constraint this index implements, or null for a plain index
 * @param nullsNotDistinct PostgreSQL 15 {@code NULLS NOT DISTINCT}
 * @param visible          false for a MySQL {@code INVISIBLE} / MariaDB {@code IGNORED} index
 * @param comment          the index comment, or null
 * @param position         MySQL/MariaDB: the index's place in the server's key order (primary, unique, then the
 *                         others, each in creation order), which {@code SHOW CREATE TABLE} and dumps follow; null
 *                         when the order is not known (PostgreSQL, older files)
 */
public record Index(String name, List<IndexKey> keyParts, boolean unique, boolean primary, String predicate,
                    String method, List<String> include, boolean valid, String constraint,
                    boolean nullsNotDistinct, boolean visible, String comment, Integer position) {
    public static final String BTREE = "btree";

    public Index {
        Objects.requireNonNull(name, "name");
        keyParts = ModelLists.copy(keyParts);
        include = ModelLists.copy(include);
        method = method == null ? BTREE : method;
    }

    /** The form without a position. */
    public Index(String name, List<IndexKey> keyParts, boolean unique, boolean primary, String predicate,
                 String method, List<String> include, boolean valid, String constraint,
                 boolean nullsNotDistinct, boolean visible, String comment) {
        this(name, keyParts, unique, primary, predicate, method, include, valid, constraint, nullsNotDistinct,
                visible, comment, null);
    }

    /** The short form of the first model; a key is a column name or an expression as written. */
    public Index(String name, List<String> keys, boolean unique, String predicate, String method) {
        this(name, keys.stream().map(Index::keyOf).toList(), unique, false, predicate, method, List.of(), true,
                null, false, true, null);
    }

    /** A valid, visible btree index on columns. */
    public static Index of(String name, List<String> columns, boolean unique) {
        return builder(name).columns(columns).unique(unique).build();
    }

    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        return new Builder(name).keyParts(keyParts).unique(unique).primary(primary).predicate(predicate)
                .method(method).include(include).valid(valid).constraint(constraint)
                .nullsNotDistinct(nullsNotDistinct).visible(visible).comment(comment).position(position);
    }

    /** Each key as a column name or an expression, in order. */
    public List<String> keys() {
        return keyParts.stream().map(IndexKey::key).toList();
    }

    /** The key columns (expression keys left out), in order. */
    public List<String> columns() {
        return keyParts.stream().map(IndexKey::column).filter(Objects::nonNull).toList();
    }

    private static IndexKey keyOf(String key) {
        boolean plain = key.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$');
        return plain ? IndexKey.column(key) : IndexKey.expression(key);
    }

    /** Builds an {@link Index}: a valid, visible, non-unique btree unless told otherwise. */
    public static final class Builder {
        private final String name;
        private List<IndexKey> keyParts = List.of();
        private boolean unique;
        private boolean primary;
        private String predicate;
        private String method;
        private List<String> include = List.of();
        private boolean valid = true;
        private String constraint;
        private boolean nullsNotDistinct;
        private boolean visible = true;
        private String comment;
        private Integer position;

        private Builder(String name) {
            this.name = name;
        }

        public Builder keyParts(List<IndexKey> value) {
            this.keyParts = value;
            return this;
        }

        public Builder columns(List<String> value) {
            this.keyParts = value.stream().map(IndexKey::column).toList();
            return this;
        }

        public Builder unique(boolean value) {
            this.unique = value;
            return this;
        }

        public Builder primary(boolean value) {
            this.primary = value;
            return this;
        }

        public Builder predicate(String value) {
            this.predicate = value;
            return this;
        }

        public Builder method(String value) {
            this.method = value;
            return this;
        }

        public Builder include(List<String> value) {
            this.include = value;
            return this;
        }

        public Builder valid(boolean value) {
            this.valid = value;
            return this;
        }

        public Builder constraint(String value) {
            this.constraint = value;
            return this;
        }

        public Builder nullsNotDistinct(boolean value) {
            this.nullsNotDistinct = value;
            return this;
        }

        public Builder visible(boolean value) {
            this.visible = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Builder position(Integer value) {
            this.position = value;
            return this;
        }

        public Index build() {
            return new Index(name, keyParts, unique, primary, predicate, method, include, valid, constraint,
                    nullsNotDistinct, visible, comment, position);
        }
    }
}
