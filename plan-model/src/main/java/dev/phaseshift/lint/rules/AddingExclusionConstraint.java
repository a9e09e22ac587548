package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTER TABLE ... ADD [CONSTRAINT name] EXCLUDE ...} on a PostgreSQL table with rows builds the constraint's
 * index (usually GiST) and checks every row against every other while holding ACCESS EXCLUSIVE: no reads or writes
 * until it is done. Unlike a unique key, an exclusion constraint can be neither built {@code CONCURRENTLY} nor
 * attached to an existing index with {@code USING INDEX}, so there is no online form.
 */
public final class AddingExclusionConstraint implements LintRule {
    @Override public String id() { return "adding-exclusion-constraint"; }
    @Override public String code() { return "PS143"; }
    @Override public String summary() { return "exclusion constraint added to a table with rows, under ACCESS EXCLUSIVE"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            if (!parsed.has(StatementFlag.EXCLUSION) || parsed.target() == null) {
                continue;
            }
            // the index an exclusion constraint builds carries the constraint's name
            String name = parsed.operations(CreateIndex.class).stream().map(i -> " \"" + i.name() + "\"").findFirst()
                    .orElse("");
            context.tableWithRows(parsed.target()).ifPresent(t -> out.add(finding(context,
                    t.name(), "exclusion constraint" + name + " added to table \"" + t.name() + "\" ("
                            + LintContext.rows(t) + ") builds its index and checks every row under an ACCESS "
                            + "EXCLUSIVE lock: no reads or writes until it is done, and it has no concurrent form",
                    "declare it when the table is created; for a table with rows, create a new table with the "
                            + "constraint, copy the rows in batches and switch, or run it in a maintenance window")));
        }
        return out;
    }
}
