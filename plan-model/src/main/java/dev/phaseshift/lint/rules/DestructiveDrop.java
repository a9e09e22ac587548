package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ExchangePartition;
import dev.phaseshift.lint.parse.PartitionChange;
import dev.phaseshift.lint.parse.TablespaceFile;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import java.util.Set;

/**
 * A step that drops a table or column that existed before the plan, or a MySQL partition of one: its data is gone,
 * and any code still reading it fails. MySQL's {@code DISCARD TABLESPACE} deletes the table's data file, the same
 * loss; {@code EXCHANGE PARTITION} moves the partition's rows out of the table that running code reads and puts
 * another table's rows in their place, which to that code is a drop of the rows it reads. Without consumer
 * contracts (a plain SQL file) nothing shows that no running code uses it, so this is
 * an error. With contracts, a table or column a contract names is {@link BreaksLiveConsumer}'s to judge (an error
 * while that consumer is live, nothing once the plan has moved it away); one no contract names is a warning, as
 * nobody is known to use it but code outside the contracts may.
 */
public final class DestructiveDrop implements LintRule {
    @Override public String id() { return "destructive-drop"; }
    @Override public String code() { return "PS121"; }
    @Override public String summary() { return "drop of a table or column that holds data and may still be read"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        String table;
        String column = null;
        String what;
        if (context.operation() instanceof DropColumn drop) {
            table = drop.table();
            column = drop.column();
            if (!Preexisting.column(context, table, column)) {
                return List.of();
            }
            what = "dropping column \"" + column + "\" of table \"" + SchemaEdit.bare(table)
                    + "\" deletes it and its data";
        } else if (context.operation() instanceof DropTable drop) {
            table = drop.table();
            if (!Preexisting.table(context, table)) {
                return List.of();
            }
            what = "dropping table \"" + SchemaEdit.bare(table) + "\"" + Preexisting.rows(context, table)
                    + " deletes it and all its rows";
        } else {
            List<Finding> out = new ArrayList<>(partitionsDropped(context));
            out.addAll(dataFilesReplaced(context));
            return out;
        }
        String object = column == null ? "\"" + SchemaEdit.bare(table) + "\"" : "\"" + column + "\"";
        if (!KnownReaders.known(context)) {
            return List.of(finding(context, SchemaEdit.bare(table), what + ", and nothing shows that no running "
                            + "code still reads or writes it",
                    "drop it by expand/contract: first deploy code that no longer uses " + object
                            + ", then drop it in a later migration; once that is done, allow it here: "
                            + "-- phaseshift:allow " + id() + " REASON"));
        }
        if (KnownReaders.covered(context, table, column)) {
            return List.of();
        }
        return List.of(finding(context, SchemaEdit.bare(table), what + "; no consumer contract names it, so "
                        + "nobody is known to read it",
                "make sure nothing outside the declared consumers (the service itself, jobs, reports) still uses "
                        + object + " before this phase runs, or declare who does in a consumer contract")
                .withSeverity(Severity.WARNING));
    }

    /**
     * MySQL {@code EXCHANGE PARTITION p WITH TABLE other}: the partition's rows leave the table its readers query
     * (they land in {@code other}), replaced by {@code other}'s; {@code DISCARD [PARTITION p] TABLESPACE}: the data
     * file is deleted and the table (or partition) cannot be read until a copy is imported.
     */
    private List<Finding> dataFilesReplaced(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (ExchangePartition exchange : WrittenCommands.of(context, ExchangePartition.class)) {
            if (!Preexisting.table(context, exchange.table())) {
                continue;
            }
            String bare = SchemaEdit.bare(exchange.table());
            String other = SchemaEdit.bare(exchange.withTable());
            out.add(finding(context, bare, "exchanging partition \"" + exchange.partition() + "\" of table \"" + bare
                            + "\"" + Preexisting.rows(context, exchange.table()) + " with table \"" + other
                            + "\" moves every row of the partition out of the table running code reads and puts \""
                            + other + "\"'s rows in their place" + (exchange.validated()
                            ? ", after reading each of them with writes to both tables waiting" : ""),
                    "make sure nothing still reads the partition's rows from \"" + bare + "\" (they stay in \"" + other
                            + "\"), then allow it here: -- phaseshift:allow " + id() + " REASON"));
        }
        for (TablespaceFile file : WrittenCommands.of(context, TablespaceFile.class)) {
            if (file.kind() != TablespaceFile.Kind.DISCARD || !Preexisting.table(context, file.table())) {
                continue;
            }
            String bare = SchemaEdit.bare(file.table());
            String named = file.partitions().isEmpty() ? "table \"" + bare + "\""
                    : (file.partitions().size() == 1 ? "partition " : "partitions ") + file.partitions().stream()
                    .map(p -> "\"" + p + "\"").collect(Collectors.joining(", ")) + " of table \"" + bare + "\"";
            boolean one = file.partitions().size() <= 1;
            out.add(finding(context, bare, "discarding the tablespace of " + named
                            + Preexisting.rows(context, file.table()) + (one ? " deletes its data file: every row in it"
                            : " deletes their data files: every row in them") + " is gone, and reads fail until a copy "
                            + "is imported",
                    "copy the data file away first (FLUSH TABLES ... FOR EXPORT) if the rows may be needed; once "
                            + "nothing reads them, allow it here: -- phaseshift:allow " + id() + " REASON"));
        }
        return out;
    }

    /**
     * MySQL {@code ALTER TABLE t DROP PARTITION p}: the partition's rows go with it (unlike PostgreSQL's
     * {@code DETACH}, which keeps them in a table of their own).
     */
    private List<Finding> partitionsDropped(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (PartitionChange change : WrittenCommands.of(context, PartitionChange.class)) {
            if (change.kind() != PartitionChange.Kind.DROP || !Preexisting.table(context, change.table())) {
                continue;
            }
            String bare = SchemaEdit.bare(change.table());
            String named = change.partitions().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
            out.add(finding(context, bare, "dropping partition " + named + " of table \"" + bare + "\""
                            + Preexisting.rows(context, change.table()) + " deletes every row stored in it, and "
                            + "nothing shows that no running code still reads them",
                    "copy the rows somewhere first if anything may still need them (or EXCHANGE PARTITION them "
                            + "into a table of their own); once nothing does, allow it here: "
                            + "-- phaseshift:allow " + id() + " REASON"));
        }
        return out;
    }
}
