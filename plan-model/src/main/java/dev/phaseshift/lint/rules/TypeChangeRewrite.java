package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN ... TYPE} rewrites the whole PostgreSQL table (and its indexes) under an ACCESS EXCLUSIVE
 * lock, except for binary-coercible changes: {@code varchar(n)} to {@code varchar(m)} with m at least n or to
 * unbounded {@code varchar}/{@code text}, {@code text} to unbounded {@code varchar}, {@code numeric(p,s)} to more
 * precision at the same scale or to unbounded {@code numeric}, {@code cidr} to {@code inet}, {@code citext} to and
 * from {@code text} and {@code varchar}, more fractional-second precision (or none) for {@code timestamp},
 * {@code timestamptz}, {@code time}, {@code timetz} and {@code interval}, and on 12+ {@code timestamp} to and from
 * {@code timestamptz} when the session time zone is UTC — which the linter only knows from a {@code SET timezone}
 * made earlier in the step or file, not from the server's default. The column's old type is the one the earlier
 * statements left: a column added earlier in the same file has the type it was added with, and retyping it still
 * rewrites the whole (existing) table.
 */
public final class TypeChangeRewrite implements LintRule {
    private static final Pattern TYPE = Pattern.compile("ALTER\\s+COLUMN\\s+" + SqlShape.NAME
            + "\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+(.+?)(?:\\s+USING\\s+(.+))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMS = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?$");

    private static final Pattern PRECISION = Pattern.compile("^(timestamp|timestamptz|time|timetz|interval)"
            + "(?:\\((\\d+)\\))?$");
    private static final Pattern SET_TIME_ZONE = Pattern.compile(
            "^SET\\s+(?:SESSION\\s+|LOCAL\\s+)?(?:TIME\\s+ZONE\\s+|timezone\\s*(?:=|\\bTO\\b)\\s*)(.+?)\\s*$",
            Pattern.CASE_INSENSITIVE);
    /** Zones with a fixed offset of zero, which is what lets postgresql skip the rewrite. */
    private static final Set<String> UTC = Set.of("utc", "etc/utc", "uct", "etc/uct", "zulu", "etc/zulu",
            "universal", "etc/universal", "gmt", "etc/gmt", "greenwich", "etc/greenwich", "gmt0", "etc/gmt0",
            "gmt+0", "etc/gmt+0", "gmt-0", "etc/gmt-0", "0", "+00:00", "00:00");

    @Override public String id() { return "type-change-rewrite"; }
    @Override public String code() { return "PS107"; }
    @Override public String summary() { return "column type change that rewrites the table"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            Matcher m = TYPE.matcher(SqlShape.clean(s.text()));
            var table = SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows);
            if (!m.find() || table.isEmpty()) {
                continue;
            }
            String column = SqlShape.unquote(m.group(1));
            // the column as the earlier statements left it (one added earlier in the file has its type)
            var old = SqlShape.alteredTable(s.text()).flatMap(context::tableBefore).flatMap(b -> b.column(column))
                    .or(() -> table.get().column(column));
            if (old.isEmpty()) {
                continue;
            }
            String from = normalized(old.get().type());
            String to = normalized(m.group(2).trim());
            boolean plainCast = m.group(3) == null || SqlShape.clean(m.group(3)).replace("\"", "")
                    .equalsIgnoreCase(column + "::" + m.group(2).trim());
            boolean utc = context.dialect().major() >= 12 && sessionInUtc(context);
            if (plainCast && (binaryCoercible(from, to) || utc && sameInstantInUtc(from, to))) {
                continue;
            }
            String t = table.get().name();
            out.add(finding(context, t, "changing column \"" + column + "\" of table \"" + t + "\" from "
                            + described(old.get().type()) + " to " + m.group(2).trim() + " rewrites "
                            + LintContext.allRows(table.get())
                            + " under an ACCESS EXCLUSIVE lock" + (plainCast && sameInstantInUtc(from, to)
                            ? " (" + (context.dialect().major() >= 12 ? "without a rewrite only when the session "
                            + "time zone is UTC, which nothing before it sets: the linter cannot see the server's "
                            + "default" : "postgresql " + context.dialect().major() + " rewrites it in any time "
                            + "zone; 12+ does not in UTC") + ")" : ""),
                    "add a new column, backfill it in batches and switch readers (phaseshift's change-column-type "
                            + "pattern)"));
        }
        return out;
    }

    /** The type normalized, with the {@code pg_catalog.} or extension schema a written type may carry removed. */
    private static String normalized(String type) {
        String t = type.replace("\"", "").trim();
        String lower = t.toLowerCase(Locale.ROOT);
        if (lower.startsWith("pg_catalog.")) {
            t = t.substring("pg_catalog.".length());
        } else if (lower.endsWith(".citext")) {
            t = "citext";
        }
        return TypeNames.normalize(Engine.POSTGRESQL, t);
    }

    static boolean binaryCoercible(String from, String to) {
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
    static boolean sameInstantInUtc(String from, String to) {
        Matcher f = PRECISION.matcher(from == null ? "" : from);
        Matcher t = PRECISION.matcher(to == null ? "" : to);
        return f.matches() && t.matches() && Objects.equals(f.group(2), t.group(2))
                && (f.group(1).equals("timestamp") && t.group(1).equals("timestamptz")
                || f.group(1).equals("timestamptz") && t.group(1).equals("timestamp"));
    }

    /** Whether a {@code SET timezone} before the statement makes the session's time zone UTC; the last one holds. */
    private static boolean sessionInUtc(LintContext context) {
        boolean utc = false;
        for (RenderedSql s : context.statements()) {
            Matcher m = SET_TIME_ZONE.matcher(SqlShape.clean(s.text()));
            if (m.find()) {
                utc = UTC.contains(m.group(1).replace("'", "").replace("\"", "").trim().toLowerCase(Locale.ROOT));
            }
        }
        return utc;
    }

    /** A column's type for a message; a plain SQL file does not say the type of a column it did not create. */
    private static String described(String type) {
        return "unknown".equals(type) ? "its current type (unknown to the linter)" : type;
    }
}
