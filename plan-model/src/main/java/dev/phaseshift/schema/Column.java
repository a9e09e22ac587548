package dev.phaseshift.schema;

import java.util.Objects;

/**
 * One column of a table or view.
 *
 * @param ordinal           1-based position among the live columns (PostgreSQL gaps from dropped columns are
 *                          closed), 0 when unknown
 * @param type              the type as written in the DDL or reported by the catalog
 *                          ({@code character varying(20)}, {@code int(11) unsigned}, {@code app."Mood"})
 * @param normalizedType    the type in the engine-neutral vocabulary of {@link TypeNames}, or null when unknown
 * @param defaultExpression the default as an SQL expression ({@code 'abc'}, {@code 0},
 *                          {@code CURRENT_TIMESTAMP}), or null when there is none (or it is {@code NULL})
 * @param identity          how the column numbers itself, or null
 * @param generated         the rule of a generated column, or null
 * @param onUpdate          MySQL {@code ON UPDATE} expression ({@code CURRENT_TIMESTAMP}), or null
 * @param collation         the collation when it differs from the default of the type (PostgreSQL) or table
 *                          (MySQL), or null; PostgreSQL: schema-qualified SQL ({@code pg_catalog."de-x-icu"},
 *                          {@code app.german}), older snapshots hold the bare name
 * @param comment           the column comment, or null
 */
public record Column(String name, int ordinal, String type, String normalizedType, boolean nullable,
                     String defaultExpression, IdentityKind identity, Generation generated, String onUpdate,
                     String collation, String comment) {
    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (ordinal < 0) {
            throw new IllegalArgumentException("column \"" + name + "\": ordinal " + ordinal + " is negative");
        }
    }

    /** The short form of the first model: no ordinal, identity, generation or collation. */
    public Column(String name, String type, boolean nullable, String defaultExpression, String comment) {
        this(name, 0, type, null, nullable, defaultExpression, null, null, null, null, comment);
    }

    /** A nullable column without default. */
    public static Column of(String name, String type) {
        return builder(name, type).build();
    }

    public static Builder builder(String name, String type) {
        return new Builder(name, type);
    }

    public Builder toBuilder() {
        return new Builder(name, type).ordinal(ordinal).normalizedType(normalizedType).nullable(nullable)
                .defaultExpression(defaultExpression).identity(identity).generated(generated).onUpdate(onUpdate)
                .collation(collation).comment(comment);
    }

    public Column withName(String newName) {
        return toBuilder().name(newName).build();
    }

    public Column withType(String newType, String newNormalizedType) {
        return toBuilder().type(newType).normalizedType(newNormalizedType).build();
    }

    public Column withNullable(boolean newNullable) {
        return toBuilder().nullable(newNullable).build();
    }

    public Column withDefaultExpression(String newDefault) {
        return toBuilder().defaultExpression(newDefault).build();
    }

    public Column withOrdinal(int newOrdinal) {
        return toBuilder().ordinal(newOrdinal).build();
    }

    public Column withComment(String newComment) {
        return toBuilder().comment(newComment).build();
    }

    /** Builds a {@link Column}; everything but name and type is optional, nullable defaults to true. */
    public static final class Builder {
        private String name;
        private int ordinal;
        private String type;
        private String normalizedType;
        private boolean nullable = true;
        private String defaultExpression;
        private IdentityKind identity;
        private Generation generated;
        private String onUpdate;
        private String collation;
        private String comment;

        private Builder(String name, String type) {
            this.name = name;
            this.type = type;
        }

        public Builder name(String value) {
            this.name = value;
            return this;
        }

        public Builder ordinal(int value) {
            this.ordinal = value;
            return this;
        }

        public Builder type(String value) {
            this.type = value;
            return this;
        }

        public Builder normalizedType(String value) {
            this.normalizedType = value;
            return this;
        }

        public Builder nullable(boolean value) {
            this.nullable = value;
            return this;
        }

        public Builder notNull() {
            return nullable(false);
        }

        public Builder defaultExpression(String value) {
            this.defaultExpression = value;
            return this;
        }

        public Builder identity(IdentityKind value) {
            this.identity = value;
            return this;
        }

        public Builder generated(Generation value) {
            this.generated = value;
            return this;
        }

        public Builder onUpdate(String value) {
            this.onUpdate = value;
            return this;
        }

        public Builder collation(String value) {
            this.collation = value;
            return this;
        }

        public Builder comment(String value) {
            this.comment = value;
            return this;
        }

        public Column build() {
            return new Column(name, ordinal, type, normalizedType, nullable, defaultExpression, identity, generated,
                    onUpdate, collation, comment);
        }
    }
}
