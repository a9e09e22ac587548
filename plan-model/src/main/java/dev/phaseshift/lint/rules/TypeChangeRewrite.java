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
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ALTER COLUMN ... TYPE} rewrites the whole PostgreSQL table (and its indexes) under an ACCESS EXCLUSIVE
 * lock, except for binary-coercible changes: {@code varchar(n)} to {@code varchar(m)} with m at least n or to
 * unbounded {@code varchar}/{@code text}, {@code text} to unbounded {@code varchar}, {@code numeric(p,s)} to more
 * precision at the same scale or to unbounded {@code numeric}, {@code cidr} to {@code inet}.
 */
public final class TypeChangeRewrite implements LintRule {
    private static final Pattern TYPE = Pattern.compile("ALTER\\s+COLUMN\\s+" + SqlShape.NAME
            + "\\s+(?:SET\\s+DATA\\s+)?TYPE\\s+(.+?)(?:\\s+USING\\s+(.+))?$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PARAMS = Pattern.compile("^([a-z ]+?)(?:\\((\\d+)(?:,(\\d+))?\\))?$");

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
            var old = table.get().column(column);
            if (old.isEmpty()) {
                continue;
            }
            String from = TypeNames.normalize(Engine.POSTGRESQL, old.get().type());
            String to = TypeNames.normalize(Engine.POSTGRESQL, m.group(2).trim());
            boolean plainCast = m.group(3) == null || SqlShape.clean(m.group(3)).replace("\"", "")
                    .equalsIgnoreCase(column + "::" + m.group(2).trim());
            if (plainCast && binaryCoercible(from, to)) {
                continue;
            }
            String t = table.get().name();
            out.add(finding(context, t, "changing column \"" + column + "\" of table \"" + t + "\" from "
                            + described(old.get().type()) + " to " + m.group(2).trim() + " rewrites "
                            + LintContext.allRows(table.get())
                            + " under an ACCESS EXCLUSIVE lock",
                    "add a new column, backfill it in batches and switch readers (phaseshift's change-column-type "
                            + "pattern)"));
        }
        return out;
    }

    static boolean binaryCoercible(String from, String to) {
        if (from == null || to == null) {
            return false;
        }
        if (from.equals(to) || from.equals("cidr") && to.equals("inet")) {
            return true;
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

    /** A column's type for a message; a plain SQL file does not say the type of a column it did not create. */
    private static String described(String type) {
        return "unknown".equals(type) ? "its current type (unknown to the linter)" : type;
    }
}
