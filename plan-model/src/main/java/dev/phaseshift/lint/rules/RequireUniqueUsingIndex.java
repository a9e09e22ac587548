package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.plan.op.AddUnique;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ADD CONSTRAINT ... UNIQUE (...)}, {@code ADD CONSTRAINT ... PRIMARY KEY (...)} or a bare
 * {@code ADD PRIMARY KEY (...)} on a PostgreSQL table with rows builds its index under an ACCESS EXCLUSIVE lock: no
 * reads or writes until every row is indexed. {@code add_unique} builds the index concurrently first and attaches
 * it with {@code USING INDEX}, which only takes a brief lock; a primary key is attached the same way. A key written
 * inline on {@code ADD COLUMN ... UNIQUE} or {@code PRIMARY KEY} is reported too.
 */
public final class RequireUniqueUsingIndex implements LintRule {
    @Override public String id() { return "require-unique-using-index"; }
    @Override public String code() { return "PS114"; }
    @Override public String summary() { return "unique or primary key built under an ACCESS EXCLUSIVE lock"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table t = on.table();
            for (WrittenColumn c : parsed.columns()) {
                if (!c.has(ColumnClause.UNIQUE) && !c.has(ColumnClause.PRIMARY_KEY)) {
                    continue;
                }
                String kind = c.has(ColumnClause.PRIMARY_KEY) ? "PRIMARY KEY" : "UNIQUE";
                out.add(finding(context, t.name(), kind + " on column \"" + c.name() + "\" added to table \""
                                + t.name() + "\" (" + LintContext.rows(t) + ") builds its index under an ACCESS "
                                + "EXCLUSIVE lock: no reads or writes until it is done",
                        "add the column without " + kind + ", CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD "
                                + "CONSTRAINT ... " + kind + " USING INDEX"));
            }
            // a key made from an existing index (USING INDEX) names no columns: it only takes a brief lock
            boolean unique = parsed.operations(AddUnique.class).stream().anyMatch(u -> !u.columns().isEmpty());
            if (!unique && !parsed.has(StatementFlag.PRIMARY_KEY)) {
                continue;
            }
            String kind = unique ? "UNIQUE" : "PRIMARY KEY";
            out.add(finding(context, t.name(), kind + " on table \"" + t.name() + "\" (" + LintContext.rows(t)
                            + ") builds its index under an ACCESS EXCLUSIVE lock: no reads or writes until it is done",
                    "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... " + kind + " USING INDEX "
                            + (unique ? "(add_unique does this)"
                            : "(create_index with unique: true builds it; a sql step attaches it)")));
        }
        return out;
    }
}
