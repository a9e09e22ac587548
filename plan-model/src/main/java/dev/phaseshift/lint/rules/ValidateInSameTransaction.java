package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.ValidateConstraint;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ADD CONSTRAINT ... NOT VALID} followed by {@code VALIDATE CONSTRAINT} in the same PostgreSQL transaction
 * (a {@code BEGIN ... COMMIT} block, or a {@code sql} step, which the runner wraps in one) gains nothing: locks
 * are held until the transaction ends, so the ADD's lock (ACCESS EXCLUSIVE for a check, SHARE ROW EXCLUSIVE on both
 * tables for a foreign key) is still held through the whole validation scan, exactly as without NOT VALID. The same
 * holds for both in one {@code ALTER TABLE} ({@code ADD CONSTRAINT c ... NOT VALID, VALIDATE CONSTRAINT c}).
 */
public final class ValidateInSameTransaction implements LintRule {
    @Override public String id() { return "validate-in-same-transaction"; }
    @Override public String code() { return "PS140"; }
    @Override public String summary() { return "VALIDATE CONSTRAINT in the transaction that added the constraint NOT VALID"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.writtenSession().isEmpty()) {
            return List.of();
        }
        WrittenSession session = context.writtenSession().get();
        for (ValidateConstraint validate : session.current().commands(ValidateConstraint.class)) {
            String name = validate.name();
            String table = validate.table();
            // an ALTER TABLE may add the constraint NOT VALID and validate it in one statement
            List<ParsedStatement> candidates = new ArrayList<>(session.sameTransactionBefore());
            candidates.add(session.current());
            for (ParsedStatement earlier : candidates) {
                if (!earlier.has(StatementFlag.NOT_VALID) || !table.equals(earlier.target())) {
                    continue;
                }
                for (Operation op : earlier.operations()) {
                    if (name.equals(constraintName(op))) {
                        boolean foreignKey = op instanceof AddForeignKey;
                        String lock = foreignKey ? "SHARE ROW EXCLUSIVE lock on \"" + table + "\" and \""
                                + ((AddForeignKey) op).referencesTable() + "\" (no writes)"
                                : "ACCESS EXCLUSIVE lock on \"" + table + "\" (no reads or writes)";
                        String where = earlier == session.current()
                                ? "the ALTER TABLE that adds it NOT VALID"
                                : session.transaction() + ", which added it NOT VALID at "
                                + session.where(earlier);
                        return List.of(finding(context, table, "VALIDATE CONSTRAINT \"" + name + "\" runs in "
                                        + where + ": the " + lock + " taken by the ADD is held until commit, through "
                                        + "the whole validation scan",
                                "commit after ADD CONSTRAINT ... NOT VALID and validate in a transaction of its own "
                                        + "(a later step, or after COMMIT); add_foreign_key and add_check do this"));
                    }
                }
            }
        }
        return List.of();
    }

    private static String constraintName(Operation op) {
        if (op instanceof AddForeignKey fk) {
            return fk.name();
        }
        if (op instanceof AddCheck check) {
            return check.name();
        }
        return null;
    }

}
