package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Set;

/**
 * A {@code sql} step without {@code down} and without an explicit {@code rollback} cannot be undone: rolling its
 * phase back stops there. Typed operations always have an inverse.
 */
public final class MissingRollback implements LintRule {
    @Override public String id() { return "missing-rollback"; }
    @Override public String code() { return "PS110"; }
    @Override public String summary() { return "sql step that cannot be rolled back"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.operation() instanceof Sql sql && (sql.down() == null || sql.down().isBlank())
                && context.step().rollback() == null) {
            return List.of(finding(context, null, "sql step has no \"down\" and no \"rollback\", so its phase "
                    + "cannot be rolled back past it", "add \"down\" with the statements that undo it"));
        }
        return List.of();
    }
}
