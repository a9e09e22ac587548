package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code CREATE INDEX CONCURRENTLY} (or {@code DROP INDEX CONCURRENTLY}) cannot run inside a transaction block:
 * PostgreSQL refuses it, so the step fails when it runs.
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
            if (context.insideTransaction(s) && SqlShape.has(s.text(), "INDEX CONCURRENTLY")) {
                String table = SqlShape.indexedTable(s.text()).orElse(null);
                out.add(finding(context, table, "\"" + SqlShape.clean(s.text()).split(" ")[0]
                        + " INDEX CONCURRENTLY\" runs inside the step's transaction, where postgresql refuses it",
                        "use create_index or drop_index, which run it outside a transaction"));
            }
        }
        return out;
    }
}
