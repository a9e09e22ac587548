package dev.phaseshift.dryrun.data;

import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * How values travel between two databases of one engine without loss. PostgreSQL values go as their text form
 * and are cast back to the column's type on insert, which round-trips every type the server can print (jsonb,
 * uuid, arrays, enums, numeric, timestamptz, bytea, ranges, domains) without the driver having to know it.
 * MySQL converts strings to any column type on insert, so values go as strings, except binary ones, which go as
 * bytes so that no character set touches them.
 */
final class EngineSql {
    private static final List<String> MYSQL_BINARY = List.of("binary", "varbinary", "tinyblob", "blob", "mediumblob",
            "longblob", "bit", "geometry", "point", "linestring", "polygon", "multipoint", "multilinestring",
            "multipolygon", "geometrycollection");

    private final Engine engine;
    private final SchemaMapping targetSchemas;

    EngineSql(Engine engine, SchemaMapping targetSchemas) {
        this.engine = engine;
        this.targetSchemas = targetSchemas;
    }

    boolean postgres() {
        return engine == Engine.POSTGRESQL;
    }

    String quote(String identifier) {
        return postgres() ? "\"" + identifier.replace("\"", "\"\"") + "\""
                : "`" + identifier.replace("`", "``") + "`";
    }

    String sourceName(TableRef table) {
        return quote(table.schema()) + "." + quote(table.table().name());
    }

    String targetName(TableRef table) {
        return quote(targetSchemas.target(table.schema())) + "." + quote(table.table().name());
    }

    String columnList(List<Column> columns) {
        return columns.stream().map(c -> quote(c.name())).collect(Collectors.joining(", "));
    }

    /** The select-list expression that reads {@code column} in the form {@link #read} expects. */
    String readExpression(Column column) {
        return postgres() ? "CAST(" + quote(column.name()) + " AS text)" : quote(column.name());
    }

    /** A value read by {@link #readExpression}: a String, a byte[] (MySQL binary types) or null. */
    Object read(ResultSet rs, int index, Column column) throws SQLException {
        return !postgres() && binary(column) ? rs.getBytes(index) : rs.getString(index);
    }

    /** The placeholder that turns a bound value back into {@code column}'s type. */
    String placeholder(Column column) {
        return postgres() ? "CAST(? AS " + column.type() + ")" : "?";
    }

    void bind(PreparedStatement statement, int index, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, Types.VARCHAR);
        } else if (value instanceof byte[] bytes) {
            statement.setBytes(index, bytes);
        } else {
            statement.setString(index, value.toString());
        }
    }

    boolean binary(Column column) {
        String type = column.type().toLowerCase(Locale.ROOT).trim();
        return MYSQL_BINARY.stream().anyMatch(b -> type.equals(b) || type.startsWith(b + "(")
                || type.startsWith(b + " "));
    }

    /** A value in a form that compares equal exactly when the values are equal, for key sets. */
    static String keyText(Object value) {
        if (value == null) {
            return null;
        }
        return value instanceof byte[] bytes ? "0x" + HexFormat.of().formatHex(bytes) : value.toString();
    }
}
