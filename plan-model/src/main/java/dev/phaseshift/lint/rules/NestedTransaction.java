package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.OptionalInt;
import java.util.Set;

/**
 * {@code BEGIN} while a transaction is already open (an earlier {@code BEGIN} not yet committed, or the transaction
 * the runner wraps a {@code sql} step in) does not nest. PostgreSQL warns "there is already a transaction in
 * progress" and ignores it, so the {@code COMMIT} meant for the inner block commits the outer one early; MySQL and
 * MariaDB commit the open transaction before starting the new one, so what came before can no longer be rolled
 * back with the rest.
 */
public final class NestedTransaction implements LintRule {
    @Override public String id() { return "nested-transaction"; }
    @Override public String code() { return "PS142"; }
    @Override public String summary() { return "BEGIN inside an open transaction, which does not nest"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.writtenSession().isEmpty()) {
            return List.of();
        }
        WrittenSession session = context.writtenSession().get();
        if (!session.opensTransaction()) {
            return List.of();
        }
        OptionalInt open = session.openBeginBefore(session.index());
        if (open.isEmpty() && !session.stepTransaction()) {
            return List.of();
        }
        String outer = open.isPresent() ? "the transaction opened at " + session.where(session.script()
                .get(open.getAsInt())) : session.wrappingTransaction();
        String effect = context.engine() == Engine.POSTGRESQL
                ? "postgresql ignores it with a warning, so the next COMMIT ends the outer transaction early"
                : "the server commits the outer transaction first, so its statements can no longer be rolled back "
                + "with the rest";
        return List.of(finding(context, null, WrittenSession.opener(session.current()) + " at " + session.where(session.current())
                        + " runs inside " + outer
                        + ", and transactions do not nest: " + effect,
                session.stepTransaction() ? "remove BEGIN and COMMIT: the " + (session.whole().file() ? "file"
                        : "step") + " already runs as one transaction" : "remove the inner BEGIN, or COMMIT the outer block before it; use "
                        + "SAVEPOINT for a part that may be rolled back alone"));
    }
}
