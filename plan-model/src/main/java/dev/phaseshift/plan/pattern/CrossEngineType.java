package dev.phaseshift.plan.pattern;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.TypeNames;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The type a column gets when its table moves to a service on another engine, through the engine-neutral
 * {@link TypeNames} vocabulary. Empty when no type on the target keeps every value (enums and sets, whose values
 * the vocabulary drops; arrays and zoned times on MySQL; numerics without a precision on MySQL).
 */
final class CrossEngineType {
    private static final Pattern PARAMS = Pattern.compile("^([a-z ]+?)(\\(([0-9,]+)\\))?( unsigned)?$");

    private CrossEngineType() {
    }

    static Optional<String> map(Engine from, Engine to, String type) {
        if (from == to) {
            return Optional.of(type);
        }
        String neutral = TypeNames.normalize(from, type);
        Matcher m = PARAMS.matcher(neutral);
        if (!m.matches()) {
            return Optional.empty();
        }
        String base = m.group(1).trim();
        String params = m.group(2) == null ? "" : m.group(2);
        boolean unsigned = m.group(4) != null;
        return Optional.ofNullable(to == Engine.POSTGRESQL ? postgres(base, params, unsigned)
                : mysql(base, params, unsigned));
    }

    private static String postgres(String base, String params, boolean unsigned) {
        return switch (base) {
            case "boolean" -> "boolean";
            case "tinyint" -> "smallint";
            case "smallint" -> unsigned ? "integer" : "smallint";
            case "mediumint" -> "integer";
            case "integer" -> unsigned ? "bigint" : "integer";
            // an unsigned bigint above 2^63-1 does not fit; ids never get there, and the copy would fail loudly
            case "bigint" -> "bigint";
            case "numeric" -> "numeric" + params;
            case "real" -> "real";
            case "double" -> "double precision";
            case "char", "varchar" -> base + params;
            case "text" -> "text";
            case "binary", "varbinary", "bytes" -> "bytea";
            case "date" -> "date";
            case "time" -> "time" + params;
            case "timestamp" -> "timestamp" + params;
            case "timestamptz" -> "timestamptz" + params;
            case "year" -> "smallint";
            case "json" -> "jsonb";
            case "uuid" -> "uuid";
            default -> null;
        };
    }

    private static String mysql(String base, String params, boolean unsigned) {
        String sign = unsigned ? " unsigned" : "";
        return switch (base) {
            case "boolean" -> "tinyint(1)";
            case "tinyint", "smallint", "mediumint", "bigint" -> base + sign;
            case "integer" -> "int" + sign;
            case "numeric" -> params.isEmpty() ? null : "decimal" + params;
            case "real" -> "float";
            case "double" -> "double";
            case "char" -> "char" + params;
            case "varchar" -> params.isEmpty() ? "longtext" : "varchar" + params;
            case "text" -> "longtext";
            case "binary", "varbinary" -> base + params;
            case "bytes" -> "longblob";
            case "date" -> "date";
            case "time" -> "time" + params;
            // PostgreSQL stores timestamptz as UTC; datetime keeps the UTC value if the copy writes it in UTC
            case "timestamp", "timestamptz" -> "datetime" + (params.isEmpty() ? "(6)" : params);
            case "json" -> "json";
            case "uuid" -> "char(36)";
            case "year" -> "year";
            default -> null;
        };
    }
}
