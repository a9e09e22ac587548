package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lock.PostgresChangeCosts;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code SET NOT NULL} scans the whole PostgreSQL table under an ACCESS EXCLUSIVE lock, unless the server is 12+
 * and a validated {@code CHECK (c IS NOT NULL)} on that very column exists: already, added and validated by an
 * earlier statement of the file or step, or validated earlier in the same step as {@code set_not_null} renders it
 * on 12+. A validation of any other constraint does not count.
 */
public final class SetNotNullScan implements LintRule {
    private static final Pattern SET_NOT_NULL = Pattern.compile("ALTER\\s+COLUMN\\s+" + SqlShape.NAME
            + "\\s+SET\\s+NOT\\s+NULL", Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "set-not-null-scan"; }
    @Override public String code() { return "PS104"; }
    @Override public String summary() { return "SET NOT NULL scans the table under an exclusive lock"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        // checks the step's own statements add and validate before SET NOT NULL (set_not_null renders them)
        PostgresChangeCosts.NotNullChecks checks = new PostgresChangeCosts.NotNullChecks();
        for (RenderedSql s : context.statements()) {
            String clean = SqlShape.clean(s.text());
            checks.read(clean);
            Matcher m = SET_NOT_NULL.matcher(clean);
            if (!m.find()) {
                continue;
            }
            String column = SqlShape.unquote(m.group(1));
            var table = SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows);
            if (table.isEmpty()) {
                continue;
            }
            // the table as the earlier statements left it: a check they added and validated counts, one they
            // added NOT VALID and never validated does not, nor does any other constraint they validated
            Table current = SqlShape.alteredTable(s.text()).flatMap(context::tableBefore).orElse(table.get());
            if (!PostgresChangeCosts.setNotNullScans(context.dialect(), current, column, checks.validated(column))) {
                continue;
            }
            Table t = table.get();
            out.add(finding(context, t.name(), "SET NOT NULL on column \"" + column + "\" scans "
                    + LintContext.everyRowOf(t) + " under an ACCESS EXCLUSIVE lock"
                    + (context.dialect().notNullViaCheck() ? " (no validated CHECK (" + column + " IS NOT NULL))"
                    : " (postgresql " + context.dialect().major() + " cannot use a CHECK instead; 12+ can)"),
                    context.dialect().notNullViaCheck()
                            ? "use set_not_null, which adds CHECK (" + column + " IS NOT NULL) NOT VALID and validates "
                            + "it first"
                            : "on postgresql 11 and older, enforce it with a validated CHECK (" + column
                            + " IS NOT NULL) (add_check: NOT VALID, then VALIDATE) and set NOT NULL after upgrading"));
        }
        return out;
    }
}
