package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Set;

/**
 * A file that opens a transaction block with {@code BEGIN} and never ends it: when the client disconnects at the end
 * of the file, the server rolls the open transaction back, so every statement after {@code BEGIN} is silently
 * undone although each one reported success. (On MySQL and MariaDB a schema change commits the block implicitly,
 * so only a block that no later statement commits is reported.) Judged where the file runs statements one after
 * the other; a {@code sql} step's transaction is the runner's to end.
 */
public final class UnclosedTransaction implements LintRule {
    @Override public String id() { return "unclosed-transaction"; }
    @Override public String code() { return "PS141"; }
    @Override public String summary() { return "BEGIN without COMMIT: the open transaction is rolled back at the end"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.writtenSession().isEmpty()) {
            return List.of();
        }
        WrittenSession session = context.writtenSession().get();
        if (session.stepTransaction() || !session.opensTransaction()
                || session.explicitTransaction().isPresent() && context.engine() == Engine.POSTGRESQL
                || session.endOfBlock(session.index()).isPresent()) {
            return List.of();
        }
        int line = session.current().line();
        int last = session.script().get(session.script().size() - 1).line();
        return List.of(finding(context, null, WrittenSession.opener(session.current()) + " at line " + line
                        + " is never committed: when the session "
                        + "ends, the server rolls back every statement after it" + (last > line ? " (lines " + line
                        + "-" + last + ")" : "") + ", although each one reported success",
                "end the block with COMMIT, or remove " + WrittenSession.opener(session.current())
                        + " and let each statement commit on its own"));
    }
}
