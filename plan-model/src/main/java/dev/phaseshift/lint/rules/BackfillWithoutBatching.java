package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An {@code UPDATE} or {@code DELETE} of a table with rows written as one statement in the step's transaction
 * locks every row it touches until the end, bloats the table and lags replicas; {@code backfill} walks the key
 * in batches that each commit.
 */
public final class BackfillWithoutBatching implements LintRule {
    @Override public String id() { return "backfill-without-batching"; }
    @Override public String code() { return "PS109"; }
    @Override public String summary() { return "UPDATE or DELETE of a whole table in one transaction"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            if (!context.insideTransaction(s)) {
                continue;
            }
            ParsedStatement parsed = context.parsed(s);
            if (!parsed.writesRows()) {
                continue;
            }
            // a WHERE on a table whose size nobody knows (a plain file's tables are only assumed to hold rows)
            // may pick out a handful of rows: a data fix, not a backfill
            context.targetWithRows(parsed)
                    .filter(t -> !(parsed.has(StatementFlag.FILTERED) && t.rowEstimate() == null))
                    .ifPresent(t -> out.add(finding(context, t.name(),
                    parsed.keyword() + " of table \"" + t.name() + "\" (" + LintContext.rows(t) + ") runs as one "
                            + "statement in one transaction: it holds row locks on every row it touches until it "
                            + "commits",
                    "use a backfill step, which updates batch_size rows per transaction")));
        }
        return out;
    }
}
