package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.PartitionChange;
import dev.phaseshift.lint.parse.TruncateTables;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * {@code TRUNCATE} of a table that existed before the plan (or MySQL {@code TRUNCATE PARTITION} of it): every row goes at once, and no later step can bring
 * them back. On PostgreSQL it also takes an ACCESS EXCLUSIVE lock; with {@code CASCADE} it empties every table
 * whose foreign keys reference it as well, which the statement does not name.
 */
public final class TruncateTable implements LintRule {
    @Override public String id() { return "truncate-table"; }
    @Override public String code() { return "PS123"; }
    @Override public String summary() { return "TRUNCATE of a table that holds data (worse with CASCADE)"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (TruncateTables truncate : WrittenCommands.of(context, TruncateTables.class)) {
            for (String table : truncate.tables()) {
                if (!Preexisting.table(context, table)) {
                    continue;
                }
                String bare = SchemaEdit.bare(table);
                StringBuilder message = new StringBuilder("TRUNCATE deletes every row of table \"" + bare + "\""
                        + Preexisting.rows(context, table) + " at once");
                if (context.engine() == Engine.POSTGRESQL) {
                    message.append(" under an ACCESS EXCLUSIVE lock");
                }
                String help = "delete only the rows you mean to, in batches (a backfill step), or retire the "
                        + "table by expand/contract once nothing reads it";
                if (truncate.cascade()) {
                    List<String> referencing = referencing(context, bare);
                    message.append(", and CASCADE also empties every table whose foreign keys reference it")
                            .append(referencing.isEmpty() ? " (none the schema shows, but nothing stops one "
                                    + "added later)" : ": " + String.join(", ", referencing));
                    help += "; never CASCADE: name each table to empty, so none is emptied by surprise";
                }
                out.add(finding(context, bare, message.toString(), help));
            }
        }
        for (PartitionChange change : WrittenCommands.of(context, PartitionChange.class)) {
            if (change.kind() != PartitionChange.Kind.TRUNCATE || !Preexisting.table(context, change.table())) {
                continue;
            }
            String bare = SchemaEdit.bare(change.table());
            String which = change.partitions().isEmpty() ? "every partition"
                    : "partition " + change.partitions().stream().map(p -> "\"" + p + "\"")
                    .collect(Collectors.joining(", "));
            out.add(finding(context, bare, "TRUNCATE PARTITION deletes every row of " + which + " of table \""
                            + bare + "\"" + Preexisting.rows(context, change.table()) + " at once",
                    "delete only the rows you mean to, in batches (a backfill step), or drop the partition once "
                            + "nothing reads its rows"));
        }
        return out;
    }

    /** The tables with a foreign key to {@code table}, quoted, as the schema before the statement shows them. */
    private static List<String> referencing(LintContext context, String table) {
        List<String> out = new ArrayList<>();
        for (Schema schema : context.before().schemas()) {
            for (Table t : schema.tables()) {
                if (!t.name().equals(table) && t.foreignKeys().stream()
                        .anyMatch(fk -> fk.referencedTable().equals(table))) {
                    out.add("\"" + t.name() + "\"");
                }
            }
        }
        return out;
    }
}
