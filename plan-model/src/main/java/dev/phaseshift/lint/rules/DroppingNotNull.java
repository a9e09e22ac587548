package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.plan.op.DropNotNull;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A column that was {@code NOT NULL} before the plan made nullable: cheap for the server (metadata only), but
 * every reader written when a value was guaranteed may now meet a NULL (a NullPointerException, a wrong sum, a
 * join that loses rows). Without consumer contracts nothing shows that no reader relies on it, so it is a
 * warning; with contracts it is reported only when a contract names the column, and a column no contract names is
 * left alone.
 */
public final class DroppingNotNull implements LintRule {
    @Override public String id() { return "dropping-not-null"; }
    @Override public String code() { return "PS144"; }
    @Override public String summary() { return "NOT NULL removed from a column readers may rely on"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (!(context.operation() instanceof DropNotNull drop) || !Preexisting.column(context, drop.table(), drop.column())) {
            return List.of();
        }
        Optional<Column> before = context.tableBefore(drop.table()).flatMap(t -> t.column(drop.column()));
        // a column the linter does not know (a plain file) may well have been NOT NULL: that is the case to warn of
        if (before.isPresent() && before.get().nullable() && !"unknown".equals(before.get().type())) {
            return List.of();
        }
        boolean known = KnownReaders.known(context);
        if (known && !KnownReaders.covered(context, drop.table(), drop.column())) {
            return List.of();
        }
        String table = SchemaEdit.bare(drop.table());
        return List.of(finding(context, table, "column \"" + drop.column() + "\" of table \"" + table
                        + "\" stops being NOT NULL: " + (known ? "the consumers that use it were" : "code that reads it was")
                        + " written when every row had a value and may not handle NULL",
                "make sure every reader handles NULL before this runs (or keep the column NOT NULL and add a new "
                        + "nullable one, moving readers to it)"));
    }
}
