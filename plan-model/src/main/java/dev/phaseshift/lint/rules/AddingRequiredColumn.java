package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A column added {@code NOT NULL} without a default: PostgreSQL refuses the ALTER on a table with rows, and on
 * both engines every insert from a client that does not know the column fails.
 */
public final class AddingRequiredColumn implements LintRule {
    @Override public String id() { return "adding-required-column"; }
    @Override public String code() { return "PS105"; }
    @Override public String summary() { return "column added NOT NULL without a default"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            for (WrittenColumn c : parsed.columns()) {
                boolean generated = c.has(ColumnClause.IDENTITY) || c.has(ColumnClause.GENERATED_ALWAYS)
                        || c.has(ColumnClause.AUTO_INCREMENT)
                        || c.spec().type().toUpperCase(Locale.ROOT).contains("SERIAL");
                if (Boolean.FALSE.equals(c.spec().nullable()) && c.spec().defaultValue() == null && !generated) {
                    out.add(finding(context, table.name(), "column \"" + c.name() + "\" is added to table \""
                            + table.name() + "\" NOT NULL without a default: existing rows have no value and "
                            + "inserts from clients that do not know the column fail",
                            "add it nullable, backfill it, then set_not_null; or give it a default"));
                }
            }
        }
        return out;
    }
}
