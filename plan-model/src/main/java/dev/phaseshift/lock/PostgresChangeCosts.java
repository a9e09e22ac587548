package dev.phaseshift.lock;

import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.SessionSetting;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.ValidateConstraint;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a PostgreSQL schema change costs beyond its lock level, by server version: whether it rewrites the table
 * (a type change, a column added with a volatile default) or scans it ({@code SET NOT NULL} without a validated
 * check). The one place this is known: the lint rules (PS104, PS106, PS107) report from it and the lock model
 * ({@link PostgresLockRules}) predicts each statement's effect from it.
 */
public final class PostgresChangeCosts {
    private static final Pattern PARAMS = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?$");

    private static final Pattern PRECISION = Pattern.compile("^(timestamp|timestamptz|time|timetz|interval)"
            + "(?:\\((\\d+)\\))?$");
    /** Zones with a fixed offset of zero, which is what lets postgresql skip the rewrite. */
    private static final Set<String> UTC = Set.of("utc", "etc/utc", "uct", "etc/uct", "zulu", "etc/zulu",
            "universal", "etc/universal", "gmt", "etc/gmt", "greenwich", "etc/greenwich", "gmt0", "etc/gmt0",
            "gmt+0", "etc/gmt+0", "gmt-0", "etc/gmt-0", "0", "+00:00", "00:00");

    /** A check's condition that proves a column not null: {@code c IS NOT NULL}, possibly parenthesised. */
    private static final Pattern IS_NOT_NULL = Pattern.compile("^\\(*\\s*(\"(?:[^\"]|\"\")+\"|[A-Za-z_][A-Za-z0-9_$]*)\\s+"
            + "IS\\s+NOT\\s+NULL\\s*\\)*$", Pattern.CASE_INSENSITIVE);

    private PostgresChangeCosts() {
    }

    /**
     * The tables of {@code schema} with a column of {@code domain} (or an array of it), in schema order: the tables
     * whose every row {@code ALTER DOMAIN ... ADD CHECK} (without {@code NOT VALID}) and {@code VALIDATE CONSTRAINT}
     * check, each under its own table lock. A domain written with its schema matches only in that schema; the
     * snapshot writes a column's domain as {@code format_type} does (qualified when not on the search path).
     */
    public static List<Located> tablesUsingDomain(Snapshot schema, String domain) {
        String wanted = domain.contains(".") ? domain.substring(domain.lastIndexOf('.') + 1) : domain;
        String inSchema = domain.contains(".") ? domain.substring(0, domain.lastIndexOf('.')) : null;
        List<Located> out = new ArrayList<>();
        for (Schema s : schema.schemas()) {
            if (inSchema != null && !inSchema.equals(s.name())) {
                continue;
            }
            for (Table t : s.tables()) {
                boolean uses = t.columns().stream().map(c -> c.type().replace("\"", ""))
                        .map(type -> type.endsWith("[]") ? type.substring(0, type.length() - 2) : type)
                        .anyMatch(type -> type.equals(wanted) || type.equals(s.name() + "." + wanted));
                if (uses) {
                    out.add(new Located(s.name(), t));
                }
            }
        }
        return out;
    }

    /**
     * The lock {@code ALTER DOMAIN ... VALIDATE CONSTRAINT} holds on each table using the domain: SHARE (no writes)
     * before PostgreSQL 19, SHARE UPDATE EXCLUSIVE from 19. Adding a check without NOT VALID holds SHARE on every
     * version.
     */
    public static LockLevel domainValidationLock(Dialect dialect) {
        return dialect.atLeast(19, 0, 0) ? LockLevel.SHARE_UPDATE_EXCLUSIVE : LockLevel.SHARE;
    }

    /**
     * Whether {@code ALTER COLUMN column TYPE toType [USING using]} rewrites the table when the column is
     * {@code fromType}, with {@code session} the statements run before it in the same session (a {@code SET
     * timezone} there counts) on {@code dialect}.
     */
    public static boolean typeChangeRewrites(Dialect dialect, String column, String fromType, String toType,
                                             String using, List<ParsedStatement> session) {
        String from = normalizedType(fromType);
        String to = normalizedType(toType);
        boolean utc = dialect.major() >= 12 && sessionInUtc(session);
        return !(plainCast(column, toType, using) && (binaryCoercible(from, to) || utc && sameInstantInUtc(from, to)));
    }

    /** Whether a {@code USING} clause is absent or only the plain cast the server would make anyway. */
    public static boolean plainCast(String column, String toType, String using) {
        return using == null || SqlShape.clean(using).replace("\"", "").equalsIgnoreCase(column + "::" + toType.trim());
    }

    /**
     * Whether adding a column with {@code DEFAULT value} to a table with rows rewrites it on {@code dialect}: any
     * default before 11; on 11+ one that calls a volatile function, or a function the linter does not know and
     * {@code declaredStable} does not name (PostgreSQL takes functions for VOLATILE unless declared otherwise).
     */
    public static boolean defaultRewrites(Dialect dialect, String value, Set<String> declaredStable) {
        if (!dialect.constantDefaultIsMetadataOnly()) {
            return true;
        }
        return !DefaultVolatility.volatileCalls(value, declaredStable).isEmpty();
    }

    /**
     * Whether {@code SET NOT NULL} on {@code column} scans {@code table} (as the earlier statements left it) on
     * {@code dialect}: always before 12; on 12+ unless a validated {@code CHECK (column IS NOT NULL)} proves it,
     * on the table or validated earlier in the same step ({@code validatedHere}).
     */
    public static boolean setNotNullScans(Dialect dialect, Table table, String column, boolean validatedHere) {
        return !(dialect.notNullViaCheck() && (validatedHere || hasNotNullCheck(table, column)));
    }

    /**
     * The {@code CHECK (column IS NOT NULL)} constraints a run of statements adds and validates, read statement by
     * statement ({@code set_not_null} renders: add it NOT VALID, validate it, then SET NOT NULL).
     */
    public static final class NotNullChecks {
        private final Map<String, String> pending = new HashMap<>();
        private final Set<String> validated = new HashSet<>();

        /** Reads one statement: the {@code CHECK (c IS NOT NULL)} it adds and the constraints it validates. */
        public void read(ParsedStatement statement) {
            for (AddCheck check : statement.operations(AddCheck.class)) {
                Matcher m = IS_NOT_NULL.matcher(check.expression());
                if (!m.matches()) {
                    continue;
                }
                String written = m.group(1);
                String column = written.startsWith("\"") ? SqlShape.unquote(written) : written.toLowerCase(Locale.ROOT);
                if (statement.has(StatementFlag.NOT_VALID)) {
                    pending.put(check.name(), column);
                } else {
                    validated.add(column);
                }
            }
            for (ValidateConstraint validate : statement.commands(ValidateConstraint.class)) {
                String column = pending.remove(validate.name());
                if (column != null) {
                    validated.add(column);
                }
            }
        }

        /** Whether the statements read so far added and validated such a check on {@code column}. */
        public boolean validated(String column) {
            return validated.contains(column);
        }
    }

    /** Whether {@code table} has a validated {@code CHECK (column IS NOT NULL)}. */
    public static boolean hasNotNullCheck(Table table, String column) {
        Pattern expr = Pattern.compile("^\\(*\\s*\"?" + Pattern.quote(column) + "\"?\\s+IS\\s+NOT\\s+NULL\\s*\\)*$",
                Pattern.CASE_INSENSITIVE);
        return table.constraints().stream().anyMatch(c -> c.kind() == ConstraintKind.CHECK && c.validated()
                && c.expression() != null && expr.matcher(c.expression().trim()).matches());
    }

    /** The type normalized, with the {@code pg_catalog.} or extension schema a written type may carry removed. */
    public static String normalizedType(String type) {
        String t = type.replace("\"", "").trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pg_catalog.")) {
            t = t.substring("pg_catalog.".length());
        } else if (lower.endsWith(".citext")) {
            t = "citext";
        }
        return TypeNames.normalize(Engine.POSTGRESQL, t);
    }

    /**
     * Whether PostgreSQL changes a column from {@code from} to {@code to} (both normalized) without rewriting the
     * table: binary-coercible casts and precision increases whose support functions skip the rewrite.
     */
    public static boolean binaryCoercible(String from, String to) {
        if (from == null || to == null) {
            return false;
        }
        if (from.equals(to) || from.equals("cidr") && to.equals("inet")) {
            return true;
        }
        // citext is stored as text: casts to and from text and varchar are binary (pg_cast castmethod 'b'); a
        // varchar(n) target still checks the length of every row
        if (from.equals("citext") && (to.equals("text") || to.equals("varchar"))
                || to.equals("citext") && (from.equals("text") || from.equals("varchar") || from.startsWith("varchar("))) {
            return true;
        }
        Matcher fp = PRECISION.matcher(from);
        Matcher tp = PRECISION.matcher(to);
        if (fp.matches() && tp.matches() && fp.group(1).equals(tp.group(1))) {
            // the support functions of these types skip the rewrite when no value can change: more precision, or
            // none (timestamp and time keep at most 6 digits, so 6 is as good as none)
            int max = fp.group(1).equals("interval") ? Integer.MAX_VALUE : 6;
            Integer f = fp.group(2) == null ? null : Integer.valueOf(fp.group(2));
            Integer t = tp.group(2) == null ? null : Integer.valueOf(tp.group(2));
            return t == null || t >= max || f != null && f <= t;
        }
        Matcher f = PARAMS.matcher(from);
        Matcher t = PARAMS.matcher(to);
        if (!f.matches() || !t.matches()) {
            return false;
        }
        String fb = f.group(1);
        String tb = t.group(1);
        boolean fVar = fb.equals("varchar") || fb.equals("character varying");
        boolean tVar = tb.equals("varchar") || tb.equals("character varying");
        if ((fVar || fb.equals("text")) && (tb.equals("text") || tVar && t.group(2) == null)) {
            return true;
        }
        if (fVar && tVar) {
            return f.group(2) != null && Integer.parseInt(t.group(2)) >= Integer.parseInt(f.group(2));
        }
        if (fb.equals("numeric") && tb.equals("numeric")) {
            if (t.group(2) == null) {
                return true;
            }
            if (f.group(2) == null) {
                return false;
            }
            String fs = f.group(3) == null ? "0" : f.group(3);
            String ts = t.group(3) == null ? "0" : t.group(3);
            return fs.equals(ts) && Integer.parseInt(t.group(2)) >= Integer.parseInt(f.group(2));
        }
        return false;
    }

    /** {@code timestamp} to {@code timestamptz} or back, at the same precision: the same bits in UTC (12+). */
    public static boolean sameInstantInUtc(String from, String to) {
        Matcher f = PRECISION.matcher(from == null ? "" : from);
        Matcher t = PRECISION.matcher(to == null ? "" : to);
        return f.matches() && t.matches() && Objects.equals(f.group(2), t.group(2))
                && (f.group(1).equals("timestamp") && t.group(1).equals("timestamptz")
                || f.group(1).equals("timestamptz") && t.group(1).equals("timestamp"));
    }

    /**
     * Whether the settings {@code session} makes leave the session's time zone UTC ({@code SET TIME ZONE},
     * {@code SET timezone}, {@code set_config}); the last one holds, and {@code RESET} brings back the server's
     * default, which the linter cannot see.
     */
    public static boolean sessionInUtc(List<ParsedStatement> session) {
        return SessionSetting.last(session, "timezone").filter(s -> !s.reset())
                .map(s -> UTC.contains(s.plainValue().toLowerCase(Locale.ROOT)))
                .orElse(false);
    }
}
