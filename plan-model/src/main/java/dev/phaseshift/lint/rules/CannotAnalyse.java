package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementKind;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A written statement the parser does not understand ({@link StatementKind#UNKNOWN}): the linter says so, with
 * the parser's reason, rather than staying silent, so "no findings" never means "not looked at".
 */
public final class CannotAnalyse implements LintRule {
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
        // the context of one written statement judges only that one; the settings before it have their own
        List<ParsedStatement> statements = context.writtenStatement().map(List::of).orElseGet(context::parsed);
        for (ParsedStatement s : statements) {
            if (s.kind() == StatementKind.UNKNOWN) {
                String text = SqlShape.clean(s.text());
                out.add(finding(context, null, "cannot analyse \"" + (text.length() <= 60 ? text
                                : text.substring(0, 57) + "...") + "\": " + s.reason()
                                + ", so no rule checked its locks or rewrites",
                        "use a typed operation, or review it by hand and allow it: "
                                + "-- phaseshift:allow cannot-analyse REASON"));
            }
        }
        return out;
    }
}
