package dev.phaseshift.plan.op;

import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Collation;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Generation;
import dev.phaseshift.schema.GenerationStorage;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.TypeNames;

import java.util.Locale;
import java.util.Objects;

/**
 * A column as a plan writes it. Everything after {@code default} is optional; rollbacks fill them from the
 * snapshot so that a dropped column comes back as it was.
 *
 * @param nullable         null means nullable
 * @param defaultValue     the default as an SQL expression ({@code 'new'}, {@code 0}, {@code now()}), or null;
 *                         written {@code default} in plan files
 * @param identity         {@code always} or {@code by_default} (PostgreSQL {@code GENERATED ... AS IDENTITY}),
 *                         {@code auto_increment} (MySQL/MariaDB), or null
 * @param generated        the expression of a generated column, or null
 * @param generatedStorage {@code stored} (the default, and the only kind PostgreSQL has) or {@code virtual}
 * @param onUpdate         MySQL/MariaDB {@code ON UPDATE} expression ({@code CURRENT_TIMESTAMP}), or null
 * @param collation        the column's collation, or null for the default
 * @param comment          the column comment, or null
 */
public record ColumnSpec(String name, String type, Boolean nullable, @OptionalField String defaultValue,
                         @OptionalField String identity, @OptionalField String generated,
                         @OptionalField String generatedStorage, @OptionalField String onUpdate,
                         @OptionalField String collation, @OptionalField String comment) {
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        if (identity != null) {
            identityKind(identity);
        }
        if (generatedStorage != null) {
            storageOf(generatedStorage);
        }
    }

    public ColumnSpec(String name, String type, Boolean nullable, String defaultValue) {
        this(name, type, nullable, defaultValue, null, null, null, null, null, null);
    }

    public static ColumnSpec of(String name, String type) {
        return new ColumnSpec(name, type, null, null);
    }

    /** Everything the snapshot knows about the column, so that adding it back restores it. */
    public static ColumnSpec of(Column column) {
        return new ColumnSpec(column.name(), column.type(), column.nullable() ? null : false,
                column.defaultExpression(),
                column.identity() == null ? null : column.identity().name().toLowerCase(Locale.ROOT),
                column.generated() == null ? null : column.generated().expression(),
                column.generated() == null ? null : column.generated().storage().name().toLowerCase(Locale.ROOT),
                column.onUpdate(), column.collation(), column.comment());
    }

    public ColumnSpec withType(String newType) {
        return new ColumnSpec(name, newType, nullable, defaultValue, identity, generated, generatedStorage, onUpdate,
                collation, comment);
    }

    public ColumnSpec withNullable(boolean value) {
        return new ColumnSpec(name, type, value ? null : false, defaultValue, identity, generated, generatedStorage,
                onUpdate, collation, comment);
    }

    public boolean isNullable() {
        return nullable == null || nullable;
    }

    /** Whether the column fills itself (identity, auto_increment or generated), so NOT NULL needs no default. */
    public boolean fillsItself() {
        return identity != null || generated != null;
    }

    private static IdentityKind identityKind(String value) {
        try {
            return IdentityKind.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("identity " + Issues.q(value)
                    + " is not always, by_default or auto_increment", e);
        }
    }

    private static GenerationStorage storageOf(String value) {
        try {
            return GenerationStorage.valueOf(value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("generated_storage " + Issues.q(value) + " is not stored or virtual",
                    e);
        }
    }

    private GenerationStorage storage() {
        return generatedStorage == null ? GenerationStorage.STORED : storageOf(generatedStorage);
    }

    public Column toColumn(Engine engine, int ordinal) {
        return toColumn(ordinal, TypeNames.normalize(engine, type));
    }

    /** The column of a table of {@code snapshot}, its type normalised as introspection would. */
    public Column toColumn(dev.phaseshift.schema.Snapshot snapshot, String table, int ordinal) {
        return toColumn(ordinal, SchemaEdit.normalizedType(snapshot, table, type));
    }

    private Column toColumn(int ordinal, String normalizedType) {
        return Column.builder(name, type).ordinal(ordinal).normalizedType(normalizedType)
                .nullable(isNullable()).defaultExpression(defaultValue)
                .identity(identity == null ? null : identityKind(identity))
                .generated(generated == null ? null : new Generation(generated, storage()))
                .onUpdate(onUpdate).collation(collation).comment(comment).build();
    }

    /**
     * The column definition of {@code CREATE TABLE} and {@code ADD COLUMN}: PostgreSQL
     * {@code "name" type [COLLATE] [GENERATED ...] [NOT NULL] [DEFAULT]} (its comment is a statement of its
     * own, {@link #commentSql}); MySQL/MariaDB also {@code ON UPDATE}, {@code AUTO_INCREMENT} and {@code COMMENT}.
     */
    public String definition(Dialect dialect) {
        StringBuilder sql = new StringBuilder(dialect.quote(name)).append(' ').append(type);
        if (dialect.postgres()) {
            if (collation != null) {
                sql.append(" COLLATE ").append(Collation.postgresReference(collation));
            }
            if (generated != null) {
                sql.append(" GENERATED ALWAYS AS (").append(generated).append(") STORED");
            }
            if (identity != null && identityKind(identity) != IdentityKind.AUTO_INCREMENT) {
                sql.append(identityKind(identity) == IdentityKind.ALWAYS ? " GENERATED ALWAYS AS IDENTITY"
                        : " GENERATED BY DEFAULT AS IDENTITY");
            }
            if (!isNullable()) {
                sql.append(" NOT NULL");
            }
            if (defaultValue != null && identity == null && generated == null) {
                sql.append(" DEFAULT ").append(defaultValue);
            }
            return sql.toString();
        }
        if (collation != null) {
            sql.append(" COLLATE ").append(collation);
        }
        if (generated != null) {
            sql.append(" GENERATED ALWAYS AS (").append(generated).append(')')
                    .append(storage() == GenerationStorage.STORED ? " STORED" : " VIRTUAL");
            if (!isNullable() && !dialect.mariadb()) {
                sql.append(" NOT NULL"); // MariaDB has no NOT NULL on generated columns
            }
        } else {
            sql.append(isNullable() ? " NULL" : " NOT NULL");
            if (defaultValue != null) {
                sql.append(" DEFAULT ").append(defaultValue);
            }
            if (onUpdate != null) {
                sql.append(" ON UPDATE ").append(onUpdate);
            }
            if (identity != null) {
                sql.append(" AUTO_INCREMENT");
            }
        }
        if (comment != null) {
            sql.append(" COMMENT ").append(dialect.literal(comment));
        }
        return sql.toString();
    }

    /** PostgreSQL {@code COMMENT ON COLUMN}, or null when there is no comment or the dialect puts it inline. */
    public String commentSql(Dialect dialect, String qualifiedTable) {
        if (comment == null || !dialect.postgres()) {
            return null;
        }
        return "COMMENT ON COLUMN " + qualifiedTable + "." + dialect.quote(name) + " IS " + dialect.literal(comment);
    }
}
