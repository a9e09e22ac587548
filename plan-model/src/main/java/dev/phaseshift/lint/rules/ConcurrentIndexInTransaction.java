package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.DetachPartition;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.Reindex;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code CREATE INDEX CONCURRENTLY} (or {@code DROP INDEX CONCURRENTLY}) cannot run inside a transaction block:
 * PostgreSQL refuses it, so the step fails when it runs. The same holds for {@code REINDEX ... CONCURRENTLY} and
 * {@code ALTER TABLE ... DETACH PARTITION ... CONCURRENTLY}, read from the written statement.
 */
public final class ConcurrentIndexInTransaction implements LintRule {
    @Override public String id() { return "concurrent-index-in-transaction"; }
    @Override public String code() { return "PS102"; }
    @Override public String summary() { return "concurrent index statement inside a transaction"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            if (!context.insideTransaction(s) || !parsed.has(StatementFlag.CONCURRENTLY)) {
                continue;
            }
            List<CreateIndex> created = parsed.operations(CreateIndex.class);
            if (created.isEmpty() && parsed.operations(DropIndex.class).isEmpty()) {
                continue;
            }
            out.add(finding(context, created.isEmpty() ? null : created.get(0).table(), "\""
                    + (created.isEmpty() ? "DROP" : "CREATE") + " INDEX CONCURRENTLY\" runs inside the step's "
                    + "transaction, where postgresql refuses it",
                    "use create_index or drop_index, which run it outside a transaction"));
        }
        List<RenderedSql> statements = context.statements();
        if (statements.isEmpty() || !context.insideTransaction(statements.get(statements.size() - 1))) {
            return out;
        }
        String help = "run it outside any transaction block: in a plain file, outside BEGIN ... COMMIT; a plan's "
                + "sql step always runs in a transaction, so it cannot hold it";
        for (Reindex reindex : WrittenCommands.of(context, Reindex.class)) {
            if (reindex.concurrently()) {
                out.add(finding(context, reindex.target() == Reindex.Target.TABLE ? reindex.name() : null,
                        "\"REINDEX " + reindex.target().name() + " CONCURRENTLY\" runs inside a transaction, where "
                                + "postgresql refuses it", help));
            }
        }
        for (DetachPartition detach : WrittenCommands.of(context, DetachPartition.class)) {
            if (detach.concurrently()) {
                out.add(finding(context, detach.table(), "\"DETACH PARTITION ... CONCURRENTLY\" runs inside a "
                        + "transaction, where postgresql refuses it", help));
            }
        }
        return out;
    }
}
