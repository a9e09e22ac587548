package dev.phaseshift.lock;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Which functions a PostgreSQL column default calls that make it volatile. PostgreSQL stores a non-volatile default
 * of {@code ADD COLUMN} once in the catalog (11+), but evaluates a volatile one for every existing row, rewriting the
 * table. A function is volatile unless it was declared {@code STABLE} or {@code IMMUTABLE}, so a function this list
 * does not know is taken for volatile. The built-ins' volatility is as {@code pg_proc.provolatile} gives it on
 * PostgreSQL 15.
 */
public final class DefaultVolatility {
    /** Built-ins that are volatile. */
    static final Set<String> VOLATILE = Set.of("random", "clock_timestamp", "timeofday", "gen_random_uuid",
            "uuid_generate_v1", "uuid_generate_v1mc", "uuid_generate_v4", "nextval", "currval", "lastval", "setseed",
            "setval", "gen_random_bytes", "random_normal", "txid_current_if_assigned", "pg_sleep", "dblink");
    /** Built-ins (and SQL constructs written like calls) that are stable or immutable. */
    static final Set<String> NOT_VOLATILE = Set.of("now", "statement_timestamp", "transaction_timestamp",
            "current_timestamp", "current_date", "current_time", "localtimestamp", "localtime", "current_setting",
            "current_user", "current_schema", "current_database", "session_user", "txid_current", "pg_current_xact_id",
            "lower", "upper", "initcap", "length", "char_length", "octet_length", "substring", "substr", "replace",
            "trim", "btrim", "ltrim", "rtrim", "lpad", "rpad", "left", "right", "concat", "concat_ws", "format",
            "md5", "sha256", "sha512", "encode", "decode", "to_char", "to_date", "to_number", "to_timestamp",
            "date_trunc", "date_part", "extract", "age", "make_date", "make_time", "make_timestamp",
            "make_timestamptz", "make_interval", "justify_interval", "timezone", "abs", "round", "floor", "ceil",
            "ceiling", "trunc", "greatest", "least", "coalesce", "nullif", "cast", "row", "array", "array_fill",
            "array_append", "array_prepend", "to_json", "to_jsonb", "json_build_object", "jsonb_build_object",
            "json_build_array", "jsonb_build_array", "json_object", "jsonb_object", "jsonb_strip_nulls",
            "row_to_json", "array_to_json", "int4range", "int8range", "numrange", "tsrange", "tstzrange",
            "daterange", "point", "to_tsvector", "position", "overlay", "collation", "inet", "cidr");
    private static final Pattern CALL = Pattern.compile("(?<!::)(?<!::\\s)\\b([A-Za-z_][A-Za-z0-9_$]*(?:\\.[A-Za-z_]"
            + "[A-Za-z0-9_$]*)?)\\s*\\(");
    private static final Pattern STRINGS = Pattern.compile("'(?:[^']|'')*'|\\$([A-Za-z_]*)\\$.*?\\$\\1\\$",
            Pattern.DOTALL);
    private static final Pattern TYPE_AFTER = Pattern.compile("(::|\\bAS)\\s*$", Pattern.CASE_INSENSITIVE);

    private DefaultVolatility() {
    }

    /** A function a default calls: its name as written and whether it is a built-in known to be volatile. */
    public record Call(String name, boolean knownVolatile) {
    }

    /**
     * The calls of {@code expression} that make it volatile: known volatile built-ins, and functions neither
     * known nor in {@code declaredStable} (functions the same script declared STABLE or IMMUTABLE, lower case).
     */
    public static List<Call> volatileCalls(String expression, Set<String> declaredStable) {
        List<Call> out = new ArrayList<>();
        String code = STRINGS.matcher(expression).replaceAll("''");
        Matcher m = CALL.matcher(code);
        while (m.find()) {
            String written = m.group(1);
            if (TYPE_AFTER.matcher(code.substring(0, m.start())).find()) {
                // numeric(10, 2) after :: or CAST(... AS: a type with modifiers, not a call
                continue;
            }
            String name = written.toLowerCase(Locale.ROOT);
            String bare = name.startsWith("pg_catalog.") ? name.substring("pg_catalog.".length()) : name;
            if (VOLATILE.contains(bare.substring(bare.indexOf('.') + 1))) {
                // an extension's volatile function is as volatile in whichever schema it was installed
                out.add(new Call(written, true));
            } else if (!NOT_VOLATILE.contains(bare) && !declaredStable.contains(name)
                    && !declaredStable.contains(bare.substring(bare.indexOf('.') + 1))) {
                out.add(new Call(written, false));
            }
        }
        return out;
    }
}
