package dev.phaseshift.plan.op;

import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.TypeNames;

import java.util.Objects;

/**
 * A column as a plan writes it.
 *
 * @param nullable     null means nullable
 * @param defaultValue the default as an SQL expression ({@code 'new'}, {@code 0}, {@code now()}), or null;
 *                     written {@code default} in plan files
 */
public record ColumnSpec(String name, String type, Boolean nullable, @OptionalField String defaultValue) {
    public ColumnSpec {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    public static ColumnSpec of(String name, String type) {
        return new ColumnSpec(name, type, null, null);
    }

    public static ColumnSpec of(Column column) {
        return new ColumnSpec(column.name(), column.type(), column.nullable() ? null : false,
                column.defaultExpression());
    }

    public boolean isNullable() {
        return nullable == null || nullable;
    }

    public Column toColumn(Engine engine, int ordinal) {
        return Column.builder(name, type).ordinal(ordinal).normalizedType(TypeNames.normalize(engine, type))
                .nullable(isNullable()).defaultExpression(defaultValue).build();
    }

    /** {@code "name" type [NOT NULL] [DEFAULT ...]}. */
    public String definition(Dialect dialect) {
        return dialect.quote(name) + " " + type + (isNullable() ? (dialect.mysqlFamily() ? " NULL" : "") : " NOT NULL")
                + (defaultValue == null ? "" : " DEFAULT " + defaultValue);
    }
}
