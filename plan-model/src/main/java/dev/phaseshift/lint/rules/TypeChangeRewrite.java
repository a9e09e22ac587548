package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.AssumedSchema;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lock.PostgresChangeCosts;
import dev.phaseshift.plan.op.AlterColumnType;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * {@code ALTER COLUMN ... TYPE} rewrites the whole PostgreSQL table (and its indexes) under an ACCESS EXCLUSIVE
 * lock, except for binary-coercible changes: {@code varchar(n)} to {@code varchar(m)} with m at least n or to
 * unbounded {@code varchar}/{@code text}, {@code text} to unbounded {@code varchar}, {@code numeric(p,s)} to more
 * precision at the same scale or to unbounded {@code numeric}, {@code cidr} to {@code inet}, {@code citext} to and
 * from {@code text} and {@code varchar}, more fractional-second precision (or none) for {@code timestamp},
 * {@code timestamptz}, {@code time}, {@code timetz} and {@code interval}, and on 12+ {@code timestamp} to and from
 * {@code timestamptz} when the session time zone is UTC — which the linter only knows from a {@code SET timezone}
 * made earlier in the step or file, not from the server's default. The column's old type is the one the earlier
 * statements left: a column added earlier in the same file has the type it was added with, and retyping it still
 * rewrites the whole (existing) table.
 */
public final class TypeChangeRewrite implements LintRule {
    @Override public String id() { return "type-change-rewrite"; }
    @Override public String code() { return "PS107"; }
    @Override public String summary() { return "column type change that rewrites the table"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            for (AlterColumnType change : parsed.operations(AlterColumnType.class)) {
                String column = change.column();
                // the column as the earlier statements left it (one added earlier in the file has its type)
                var old = context.tableBefore(parsed.target()).flatMap(b -> b.column(column))
                        .or(() -> table.column(column));
                if (old.isEmpty() || !PostgresChangeCosts.typeChangeRewrites(context.dialect(), column,
                        old.get().type(), change.type(), change.using(), context.parsed())) {
                    continue;
                }
                String from = PostgresChangeCosts.normalizedType(old.get().type());
                String to = PostgresChangeCosts.normalizedType(change.type());
                boolean plainCast = PostgresChangeCosts.plainCast(column, change.type(), change.using());
                String t = table.name();
                out.add(finding(context, t, "changing column \"" + column + "\" of table \"" + t + "\" from "
                                + AssumedSchema.describedType(old.get().type()) + " to " + change.type() + " rewrites "
                                + LintContext.allRows(table) + " under an ACCESS EXCLUSIVE lock"
                                + (plainCast && PostgresChangeCosts.sameInstantInUtc(from, to) ? " ("
                                + (context.dialect().major() >= 12 ? "without a rewrite only when the session time "
                                + "zone is UTC, which nothing before it sets: the linter cannot see the server's "
                                + "default" : "postgresql " + context.dialect().major() + " rewrites it in any time "
                                + "zone; 12+ does not in UTC") + ")" : ""),
                        "add a new column, backfill it in batches and switch readers (phaseshift's change-column-type "
                                + "pattern)"));
            }
        }
        return out;
    }
}
