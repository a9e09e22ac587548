package dev.phaseshift.schema;

import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Normalises column types into one engine-neutral vocabulary so that types can be compared across services
 * and engines ({@code orders.customer_id bigint} vs {@code customers.id bigint(20) unsigned}).
 *
 * <p>The vocabulary: {@code boolean}, {@code tinyint}, {@code smallint}, {@code mediumint}, {@code integer},
 * {@code bigint} (each optionally {@code unsigned}), {@code numeric(p,s)}, {@code real}, {@code double},
 * {@code char(n)}, {@code varchar(n)}, {@code text}, {@code binary(n)}, {@code varbinary(n)}, {@code bytes},
 * {@code date}, {@code time(p)}, {@code timetz(p)}, {@code timestamp(p)}, {@code timestamptz(p)}, {@code year},
 * {@code json}, {@code uuid}, {@code enum}, {@code set}, arrays as {@code element[]}; anything else is kept
 * as written, lower-cased unless quoted. Display widths, {@code zerofill} and length-less variants of
 * {@code text}/{@code blob} collapse. MySQL {@code tinyint(1)} becomes {@code boolean}, {@code datetime}
 * becomes {@code timestamp} and MySQL {@code timestamp} (stored as UTC) becomes {@code timestamptz};
 * PostgreSQL {@code jsonb} becomes {@code json}. Enum types are {@code enum} on both engines; callers that know
 * a PostgreSQL type is an enum pass {@code enum} themselves.
 */
public final class TypeNames {
    private static final Pattern PARAMS = Pattern.compile("^([a-z][a-z0-9 _]*)\\s*(\\(([^)]*)\\))?(.*)$");
    private static final Pattern PG_TIME = Pattern.compile(
            "^(timestamp|time)(\\(\\d+\\))?( with(out)? time zone)?$");
    private static final Map<String, String> ALIASES = Map.ofEntries(
            Map.entry("int", "integer"), Map.entry("int4", "integer"), Map.entry("integer", "integer"),
            Map.entry("serial", "integer"), Map.entry("serial4", "integer"),
            Map.entry("int2", "smallint"), Map.entry("smallserial", "smallint"), Map.entry("serial2", "smallint"),
            Map.entry("int8", "bigint"), Map.entry("bigserial", "bigint"), Map.entry("serial8", "bigint"),
            Map.entry("int1", "tinyint"), Map.entry("int3", "mediumint"), Map.entry("middleint", "mediumint"),
            Map.entry("bool", "boolean"), Map.entry("float4", "real"), Map.entry("float8", "double"),
            Map.entry("double precision", "double"), Map.entry("decimal", "numeric"), Map.entry("dec", "numeric"),
            Map.entry("fixed", "numeric"), Map.entry("character varying", "varchar"),
            Map.entry("nvarchar", "varchar"), Map.entry("national varchar", "varchar"),
            Map.entry("character", "char"), Map.entry("bpchar", "char"), Map.entry("nchar", "char"),
            Map.entry("national char", "char"), Map.entry("tinytext", "text"), Map.entry("mediumtext", "text"),
            Map.entry("longtext", "text"), Map.entry("bytea", "bytes"), Map.entry("blob", "bytes"),
            Map.entry("tinyblob", "bytes"), Map.entry("mediumblob", "bytes"), Map.entry("longblob", "bytes"),
            Map.entry("jsonb", "json"), Map.entry("timestamptz", "timestamptz"), Map.entry("timetz", "timetz"),
            Map.entry("bit varying", "varbit"));

    private TypeNames() {
    }

    /**
     * The normalised name of {@code type} as written for {@code engine}; null for null.
     *
     * @param type a type as {@code format_type} (PostgreSQL) or {@code COLUMN_TYPE} (MySQL) prints it,
     *             or as written in DDL
     */
    public static String normalize(Engine engine, String type) {
        Objects.requireNonNull(engine, "engine");
        if (type == null) {
            return null;
        }
        String t = type.trim();
        if (t.endsWith("[]")) {
            return normalize(engine, t.substring(0, t.length() - 2)) + "[]";
        }
        if (t.indexOf('"') >= 0 || t.indexOf('`') >= 0) {
            return t;
        }
        t = t.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (t.startsWith("enum(") || t.startsWith("enum (")) {
            return "enum";
        }
        if (t.startsWith("set(") || t.startsWith("set (")) {
            return "set";
        }
        Matcher time = PG_TIME.matcher(t);
        if (engine == Engine.POSTGRESQL && time.matches()) {
            String precision = time.group(2) == null ? "" : time.group(2);
            boolean zoned = time.group(3) != null && time.group(4) == null;
            return time.group(1) + (zoned ? "tz" : "") + precision;
        }
        boolean unsigned = false;
        if (engine == Engine.MYSQL) {
            t = t.replace(" zerofill", "");
            if (t.endsWith(" unsigned")) {
                unsigned = true;
                t = t.substring(0, t.length() - " unsigned".length());
            }
        }
        Matcher m = PARAMS.matcher(t);
        if (!m.matches()) {
            return t;
        }
        String base = m.group(1).trim();
        String params = m.group(3) == null ? null : m.group(3).replace(" ", "");
        String rest = m.group(4).trim();
        String name = normalizeBase(engine, base, params);
        return name + (rest.isEmpty() ? "" : " " + rest) + (unsigned ? " unsigned" : "");
    }

    private static String normalizeBase(Engine engine, String base, String params) {
        if (engine == Engine.MYSQL) {
            switch (base) {
                case "tinyint":
                    return "1".equals(params) ? "boolean" : "tinyint";
                case "smallint", "mediumint", "bigint", "int", "integer":
                    return ALIASES.getOrDefault(base, base);
                case "float", "real":
                    // MySQL REAL is DOUBLE unless REAL_AS_FLOAT; COLUMN_TYPE already says double then
                    return "float".equals(base) ? "real" : "double";
                case "double":
                    return "double";
                case "datetime":
                    return "timestamp" + optional(params);
                case "timestamp":
                    return "timestamptz" + optional(params);
                case "year":
                    return "year";
                case "text":
                    return "text";
                default:
                    break;
            }
        }
        String name = ALIASES.getOrDefault(base, base);
        switch (name) {
            case "text", "bytes", "boolean", "integer", "smallint", "bigint", "real", "double", "json":
                return name;
            case "numeric":
                return "numeric" + optional(params);
            default:
                return name + optional(params);
        }
    }

    private static String optional(String params) {
        return params == null || params.isEmpty() ? "" : "(" + params + ")";
    }
}
