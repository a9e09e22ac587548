package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.AddDomainCheck;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.CreateDomain;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.lock.PostgresChangeCosts;
import dev.phaseshift.plan.op.AddCheck;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.SchemaEdit;
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
 * {@code ADD COLUMN ... REFERENCES} and {@code ADD COLUMN ... CHECK (...)} are reported too: a column constraint has
 * no NOT VALID form, and PostgreSQL checks every existing row for it even when the new column is NULL in all. So is a check added
 * to a domain ({@code ALTER DOMAIN ... ADD CHECK}) without NOT VALID, which checks every column of the domain in
 * every table under a SHARE lock on each.
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
        for (AddDomainCheck add : WrittenCommands.of(context, AddDomainCheck.class)) {
            if (!add.notValid()) {
                domainCheck(context, add).ifPresent(out::add);
            }
        }
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table t = on.table();
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
                if (c.has(ColumnClause.CHECK)) {
                    out.add(finding(context, t.name(), "check added with column \"" + c.name() + "\" (inline CHECK) "
                                    + "checks " + LintContext.everyRowOf(t) + " while the ADD COLUMN blocks reads and "
                                    + "writes",
                            "add the column without CHECK, then ADD CONSTRAINT ... CHECK (...) NOT VALID and VALIDATE "
                                    + "CONSTRAINT in a later transaction (a column constraint cannot be NOT VALID)"));
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

    /**
     * A check added to a domain without NOT VALID: every column of the domain in every table is checked while each
     * of those tables is held under SHARE (no writes). Nothing when the schema knows the domain (or an earlier
     * statement creates it) and no table with rows uses it; reported without a table when the schema does not
     * know the domain (a plain file), since any table may use it.
     */
    private Optional<Finding> domainCheck(LintContext context, AddDomainCheck add) {
        List<Table> users = PostgresChangeCosts.tablesUsingDomain(context.before(), add.domain()).stream()
                .flatMap(l -> context.tableWithRows(l.qualifiedName()).stream()).toList();
        String help = (add.setNotNull() ? "instead of SET NOT NULL, ADD CONSTRAINT ... CHECK (VALUE IS NOT NULL) "
                + "NOT VALID" : "add it NOT VALID") + " (new and updated values are checked at once), then ALTER "
                + "DOMAIN ... VALIDATE CONSTRAINT in a later transaction"
                + (context.dialect().atLeast(19, 0, 0) ? ", which lets writes go on while it scans"
                : ": before postgresql 19 the validation too holds SHARE on those tables, so run it at a quiet "
                + "time, or put the check on the tables themselves (NOT VALID, then VALIDATE lets writes go on)");
        String what = add.setNotNull() ? "SET NOT NULL on domain \"" + add.domain() + "\"" : "check"
                + (add.name() == null ? "" : " \"" + add.name() + "\"") + " added to domain \"" + add.domain()
                + "\" without NOT VALID";
        if (!users.isEmpty()) {
            Table first = users.get(0);
            return Optional.of(finding(context, first.name(), what + " checks " + LintContext.everyRowOf(first)
                    + (users.size() > 1 ? " and of " + (users.size() - 1) + " more table(s) using the domain" : "")
                    + " under a SHARE lock on each: no writes until it is done", help));
        }
        if (domainKnown(context, add.domain())) {
            return Optional.empty();
        }
        return Optional.of(finding(context, null, what + " checks every column of that domain in every table "
                + "under a SHARE lock on each table (no writes until it is done); the linter does not see which "
                + "tables use the domain", help));
    }

    /** Whether the schema holds {@code domain} or an earlier statement of the session creates it. */
    private static boolean domainKnown(LintContext context, String domain) {
        String bare = SchemaEdit.bare(domain);
        if (context.before().schemas().stream().anyMatch(s -> s.domain(bare).isPresent())) {
            return true;
        }
        return context.writtenSession().map(session -> session.script().subList(0, session.index()).stream()
                .flatMap(p -> p.commands(CreateDomain.class).stream())
                .anyMatch(c -> SchemaEdit.bare(c.name()).equals(bare))).orElse(false);
    }

    /** Whether {@code fk} is the inline REFERENCES of a column the statement adds (reported with that column). */
    private static boolean inline(ParsedStatement parsed, AddForeignKey fk) {
        return parsed.columns().stream().anyMatch(c -> c.has(ColumnClause.REFERENCES)
                && fk.columns().equals(List.of(c.name())));
    }
}
