package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A statement of a {@code sql} step whose shape no rule understands: the linter says so rather than staying
 * silent, so "no findings" never means "not looked at". Recognised: ALTER TABLE, CREATE/DROP INDEX,
 * CREATE/DROP TABLE, UPDATE, DELETE, INSERT, SELECT, SET, COMMENT ON.
 */
public final class CannotAnalyse implements LintRule {
    private static final Pattern KNOWN = Pattern.compile("^(ALTER\\s+TABLE|CREATE\\s+(UNIQUE\\s+)?INDEX|DROP\\s+INDEX"
            + "|CREATE\\s+TABLE|DROP\\s+TABLE|UPDATE|DELETE|INSERT|SELECT|SET|COMMENT\\s+ON)\\b",
            Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "cannot-analyse"; }
    @Override public String code() { return "PS115"; }
    @Override public String summary() { return "sql statement the linter cannot analyse"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        if (!(context.operation() instanceof Sql)) {
            return out;
        }
        for (RenderedSql s : context.statements()) {
            String text = SqlShape.clean(s.text());
            if (!text.isEmpty() && !KNOWN.matcher(text).find()) {
                out.add(finding(context, null, "cannot analyse \"" + (text.length() <= 60 ? text
                                : text.substring(0, 57) + "...") + "\": no rule checked its locks or rewrites",
                        "use a typed operation, or review it by hand and allow it: "
                                + "-- phaseshift:allow cannot-analyse REASON"));
            }
        }
        return out;
    }
}
