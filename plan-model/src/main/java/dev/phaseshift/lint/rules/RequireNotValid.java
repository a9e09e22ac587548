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
import java.util.regex.Pattern;

/**
 * A foreign key or check added without {@code NOT VALID} on PostgreSQL checks every existing row while holding a
 * lock that blocks writes. Judged on the SQL that will run, so {@code add_foreign_key} and {@code add_check},
 * which render {@code NOT VALID} then {@code VALIDATE CONSTRAINT}, pass. A foreign key written inline on
 * {@code ADD COLUMN ... REFERENCES} is reported too: a column constraint has no NOT VALID form.
 */
public final class RequireNotValid implements LintRule {
    private static final Pattern INLINE_REFERENCES = Pattern.compile("\\bREFERENCES\\b", Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "require-not-valid"; }
    @Override public String code() { return "PS103"; }
    @Override public String summary() { return "foreign key or check added without NOT VALID on a table with rows"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            // a column constraint cannot be NOT VALID: REFERENCES on ADD COLUMN checks every row at once
            for (SqlShape.AddedColumn c : SqlShape.addedColumns(s.text())) {
                if (!INLINE_REFERENCES.matcher(c.definition().replaceAll("'(?:[^']|'')*'", "''")).find()) {
                    continue;
                }
                SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows).ifPresent(t -> out.add(finding(
                        context, t.name(), "foreign key added with column \"" + c.name() + "\" (inline REFERENCES) "
                                + "checks " + LintContext.everyRowOf(t) + " while the ADD COLUMN blocks reads and "
                                + "writes",
                        "add the column without REFERENCES, then ADD CONSTRAINT ... FOREIGN KEY ... NOT VALID and "
                                + "VALIDATE CONSTRAINT in a later transaction (a column constraint cannot be NOT "
                                + "VALID)")));
            }
            boolean constraint = SqlShape.has(s.text(), "ADD CONSTRAINT") || SqlShape.has(s.text(), "ADD FOREIGN KEY")
                    || SqlShape.has(s.text(), "ADD CHECK");
            boolean checked = SqlShape.has(s.text(), "FOREIGN KEY") || SqlShape.has(s.text(), "CHECK");
            if (!constraint || !checked || SqlShape.has(s.text(), "NOT VALID")) {
                continue;
            }
            String kind = SqlShape.has(s.text(), "FOREIGN KEY") ? "foreign key" : "check";
            SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows).ifPresent(t -> out.add(finding(context,
                    t.name(), kind + " added to table \"" + t.name() + "\" without NOT VALID checks "
                            + LintContext.allRows(t)
                            + " while blocking writes",
                    "add it NOT VALID, then VALIDATE CONSTRAINT in a later statement (add_foreign_key and add_check "
                            + "do this)")));
        }
        return out;
    }
}
