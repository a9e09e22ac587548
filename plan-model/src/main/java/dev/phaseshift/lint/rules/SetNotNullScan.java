package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lock.PostgresChangeCosts;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code SET NOT NULL} scans the whole PostgreSQL table under an ACCESS EXCLUSIVE lock, unless the server is 12+
 * and a validated {@code CHECK (c IS NOT NULL)} on that very column exists: already, added and validated by an
 * earlier statement of the file or step, or validated earlier in the same step as {@code set_not_null} renders it
 * on 12+. A validation of any other constraint does not count.
 */
public final class SetNotNullScan implements LintRule {

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
            ParsedStatement parsed = context.parsed(s);
            checks.read(parsed);
            var table = context.targetWithRows(parsed);
            if (table.isEmpty()) {
                continue;
            }
            for (SetNotNull set : parsed.operations(SetNotNull.class)) {
                scan(context, parsed, table.get(), set.column(), checks).ifPresent(out::add);
            }
        }
        return out;
    }

    private Optional<Finding> scan(LintContext context, ParsedStatement parsed, Table withRows, String column,
                                   PostgresChangeCosts.NotNullChecks checks) {
        // the table as the earlier statements left it: a check they added and validated counts, one they added
        // NOT VALID and never validated does not, nor does any other constraint they validated
        Table current = context.tableBefore(parsed.target()).orElse(withRows);
        if (!PostgresChangeCosts.setNotNullScans(context.dialect(), current, column, checks.validated(column))) {
            return Optional.empty();
        }
        return Optional.of(finding(context, withRows.name(), "SET NOT NULL on column \"" + column + "\" scans "
                        + LintContext.everyRowOf(withRows) + " under an ACCESS EXCLUSIVE lock"
                        + (context.dialect().notNullViaCheck() ? " (no validated CHECK (" + column + " IS NOT NULL))"
                        : " (postgresql " + context.dialect().major() + " cannot use a CHECK instead; 12+ can)"),
                context.dialect().notNullViaCheck()
                        ? "use set_not_null, which adds CHECK (" + column + " IS NOT NULL) NOT VALID and validates "
                        + "it first"
                        : "on postgresql 11 and older, enforce it with a validated CHECK (" + column
                        + " IS NOT NULL) (add_check: NOT VALID, then VALIDATE) and set NOT NULL after upgrading"));
    }
}
