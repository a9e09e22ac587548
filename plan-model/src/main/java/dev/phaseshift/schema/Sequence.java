package dev.phaseshift.schema;

import java.util.Objects;

/**
 * A sequence (PostgreSQL; MariaDB 10.3+). Numbers are null when the server does not report them.
 *
 * @param dataType the type it counts in ({@code bigint}, {@code integer}...)
 * @param ownedBy  the column it belongs to ({@code serial}, {@code OWNED BY}, identity), or null
 * @param identity true for the sequence behind an identity column, which DDL creates implicitly
 */
public record Sequence(String name, String dataType, Long start, Long increment, Long minValue, Long maxValue,
                       Long cache, boolean cycle, ColumnRef ownedBy, boolean identity, String owner,
                       String comment) {
    public Sequence {
        Objects.requireNonNull(name, "name");
        if (identity && ownedBy == null) {
            throw new IllegalArgumentException("identity sequence \"" + name + "\" must name its column");
        }
    }

    /** A sequence with every parameter unknown, to be filled by {@link #toBuilder()}. */
    public static Builder builder(String name) {
        return new Builder(name);
    }

    public Builder toBuilder() {
        return new Builder(name).dataType(dataType).start(start).increment(increment).minValue(minValue)
                .maxValue(maxValue).cache(cache).cycle(cycle).ownedBy(ownedBy, identity).owner(owner)
                .comment(comment);
    }

    /** Builds a {@link Sequence}. */
    public static final class Builder {
        private final String name;
        private String dataType;
        private Long start;
        private Long increment;
        private Long minValue;
        private Long maxValue;
        private Long cache;
        private boolean cycle;
        private ColumnRef ownedBy;
        private boolean identity;
        private String owner;
        private String comment;

        private Builder(String name) {
            this.name = name;
        }

        public Builder dataType(String value) {
            this.dataType = value;
            return this;
        }

        public Builder start(Long value) {
            this.start = value;
            return this;
        }

        public Builder increment(Long value) {
            this.increment = value;
            return this;
        }

        public Builder minValue(Long value) {
            this.minValue = value;
            return this;
        }

        public Builder maxValue(Long value) {
            this.maxValue = value;
            return this;
        }

        public Builder cache(Long value) {
            this.cache = value;
            return this;
        }

        public Builder cycle(boolean value) {
            this.cycle = value;
            return this;
        }

        public Builder ownedBy(ColumnRef column, boolean isIdentity) {
            this.ownedBy = column;
            this.identity = isIdentity;
            return this;
        }

        public Builder owner(String value) {
            this.owner = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Sequence build() {
            return new Sequence(name, dataType, start, increment, minValue, maxValue, cache, cycle, ownedBy,
                    identity, owner, comment);
        }
    }

    /**
     * The options of {@code CREATE SEQUENCE} (and of an identity column) on PostgreSQL, each written only when
     * recorded: {@code [AS type] START WITH ... CACHE ... [NO] CYCLE}, with a leading space.
     */
    public String postgresOptions(boolean withType) {
        StringBuilder sql = new StringBuilder();
        if (withType && dataType() != null) {
            sql.append(" AS ").append(dataType());
        }
        if (start() != null) {
            sql.append(" START WITH ").append(start());
        }
        if (increment() != null) {
            sql.append(" INCREMENT BY ").append(increment());
        }
        if (minValue() != null) {
            sql.append(" MINVALUE ").append(minValue());
        }
        if (maxValue() != null) {
            sql.append(" MAXVALUE ").append(maxValue());
        }
        if (cache() != null) {
            sql.append(" CACHE ").append(cache());
        }
        sql.append(cycle() ? " CYCLE" : " NO CYCLE");
        return sql.toString();
    }
}
