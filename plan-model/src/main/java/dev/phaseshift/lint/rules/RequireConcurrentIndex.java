package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * {@code CREATE INDEX} or {@code DROP INDEX} without {@code CONCURRENTLY} on a PostgreSQL table that holds rows
 * takes a lock that blocks writes (create) or reads and writes (drop) until the whole index is built or gone.
 * A written {@code DROP INDEX} of an index the schema does not show (a plain file names no table for it) is
 * reported too: it locks its table all the same.
 */
public final class RequireConcurrentIndex implements LintRule {
    private static final String DROP_HELP = "use drop_index, or DROP INDEX CONCURRENTLY outside a transaction";

    @Override public String id() { return "require-concurrent-index"; }
    @Override public String code() { return "PS101"; }
    @Override public String summary() { return "index created or dropped without CONCURRENTLY on a table with rows"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            // an exclusion constraint's index is adding-exclusion-constraint's to report
            if (parsed.has(StatementFlag.CONCURRENTLY) || parsed.has(StatementFlag.EXCLUSION)) {
                continue;
            }
            for (CreateIndex create : parsed.operations(CreateIndex.class)) {
                context.tableWithRows(create.table()).ifPresent(t -> out.add(finding(context, t.name(),
                        "CREATE INDEX on table \"" + t.name() + "\" (" + LintContext.rows(t)
                                + ") blocks writes until the index is built",
                        "use create_index, or CREATE INDEX CONCURRENTLY in a step of its own outside a "
                                + "transaction")));
            }
            for (DropIndex drop : parsed.operations(DropIndex.class)) {
                String index = drop.name();
                Optional<Table> owner = SchemaEdit.tableOfIndex(context.before(), index).map(Located::table);
                owner.flatMap(t -> context.tableWithRows(t.name()))
                        .ifPresent(t -> out.add(finding(context, t.name(), "DROP INDEX \"" + index + "\" on table \""
                                + t.name() + "\" (" + LintContext.rows(t) + ") blocks reads and writes while it "
                                + "waits for running queries", DROP_HELP)));
                if (owner.isEmpty() && context.writtenStatement().isPresent()) {
                    // a plain file names no table for the index: whichever it is, it is locked the same way
                    out.add(finding(context, null, "DROP INDEX \"" + index + "\" takes an ACCESS EXCLUSIVE lock on "
                            + "its table, which neither the statement nor the schema names (assume it holds rows): "
                            + "reads and writes wait while it waits for running queries", DROP_HELP));
                }
            }
        }
        return out;
    }
}
