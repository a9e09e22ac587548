package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A foreign key or check added without {@code NOT VALID} on PostgreSQL checks every existing row while holding a
 * lock that blocks writes. Judged on the SQL that will run, so {@code add_foreign_key} and {@code add_check},
 * which render {@code NOT VALID} then {@code VALIDATE CONSTRAINT}, pass. A foreign key written inline on
 * {@code ADD COLUMN ... REFERENCES} is reported too: a column constraint has no NOT VALID form.
 */
public final class RequireNotValid implements LintRule {
    @Override public String id() { return "require-not-valid"; }
    @Override public String code() { return "PS103"; }
    @Override public String summary() { return "foreign key or check added without NOT VALID on a table with rows"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            Optional<Table> table = parsed.target() == null ? Optional.empty() : context.tableWithRows(parsed.target());
            if (table.isEmpty()) {
                continue;
            }
            Table t = table.get();
            // a column constraint cannot be NOT VALID: REFERENCES on ADD COLUMN checks every row at once
            for (WrittenColumn c : parsed.columns()) {
                if (c.has(ColumnClause.REFERENCES)) {
                    out.add(finding(context, t.name(), "foreign key added with column \"" + c.name() + "\" (inline "
                                    + "REFERENCES) checks " + LintContext.everyRowOf(t) + " while the ADD COLUMN "
                                    + "blocks reads and writes",
                            "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID and "
                                    + "VALIDATE CONSTRAINT in a later transaction (a column constraint cannot be NOT "
                                    + "VALID)"));
                }
            }
            if (parsed.has(StatementFlag.NOT_VALID)) {
                continue;
            }
            boolean foreignKey = parsed.operations(AddForeignKey.class).stream().anyMatch(fk -> !inline(parsed, fk));
            if (!foreignKey && parsed.operations(AddCheck.class).isEmpty()) {
                continue;
            }
            out.add(finding(context, t.name(), (foreignKey ? "foreign key" : "check") + " added to table \""
                            + t.name() + "\" without NOT VALID checks " + LintContext.allRows(t) + " while blocking "
                            + "writes",
                    "add it NOT VALID, then VALIDATE CONSTRAINT in a later statement (add_foreign_key and add_check "
                            + "do this)"));
        }
        return out;
    }

    /** Whether {@code fk} is the inline REFERENCES of a column the statement adds (reported with that column). */
    private static boolean inline(ParsedStatement parsed, AddForeignKey fk) {
        return parsed.columns().stream().anyMatch(c -> c.has(ColumnClause.REFERENCES)
                && fk.columns().equals(List.of(c.name())));
    }
}
