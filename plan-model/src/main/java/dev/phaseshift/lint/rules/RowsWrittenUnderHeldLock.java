package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.TablesRead;
import dev.phaseshift.lock.LockModel;
import dev.phaseshift.lock.TableLock;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Rows written ({@code UPDATE}, {@code DELETE}, {@code INSERT ... SELECT}, {@code COPY ... FROM}; not the few rows an
 * {@code INSERT ... VALUES} lists) in the PostgreSQL transaction in which an earlier statement took a lock on the
 * same table that blocks writes: locks are held until the transaction ends, so the schema change's lock (ACCESS EXCLUSIVE for most {@code ALTER TABLE}s) is still held for
 * as long as the rows are written, and every query of the table waits that long too. This is the backfill written
 * into the migration that changes the schema, in a {@code BEGIN ... COMMIT} block, a {@code sql} step (which the
 * runner wraps in a transaction) or a file run as one transaction (Flyway on PostgreSQL). MySQL commits before and
 * after each schema change, so nothing is held there. A table the file or plan created has no readers yet.
 */
public final class RowsWrittenUnderHeldLock implements LintRule {
    @Override public String id() { return "rows-written-under-held-lock"; }
    @Override public String code() { return "PS149"; }
    @Override public String summary() {
        return "rows written in the transaction that holds a schema change's lock on the table";
    }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        if (context.writtenSession().isEmpty()) {
            return List.of();
        }
        WrittenSession session = context.writtenSession().get();
        ParsedStatement current = session.current();
        // rows listed in the statement (INSERT ... VALUES) are written in a moment; rows from a query, a file or
        // an UPDATE/DELETE take as long as there are rows
        boolean writes = current.writesRows() || current.target() != null && (current.keyword().equals("COPY")
                || current.keyword().equals("INSERT") && !TablesRead.of(current.text(), Engine.POSTGRESQL).isEmpty());
        if (!writes || context.tableWithRows(current.target()).isEmpty()) {
            return List.of();
        }
        String table = SchemaEdit.bare(current.target());
        for (ParsedStatement earlier : session.sameTransactionBefore()) {
            if (earlier.target() == null || !SchemaEdit.bare(earlier.target()).equals(table)
                    || earlier.writesRows() || !earlier.understood()) {
                continue;
            }
            Optional<TableLock> held = LockModel.statement(context.dialect(), context.before(), earlier.text())
                    .locks().stream().filter(l -> SchemaEdit.bare(l.table()).equals(table) && l.blocksWrites())
                    .findFirst();
            if (held.isPresent()) {
                String waits = held.get().blocksReads() ? "every query of \"" + table + "\"" : "every write to \""
                        + table + "\"";
                return List.of(finding(context, table, current.keyword() + switch (current.keyword()) {
                            case "INSERT", "COPY" -> " into";
                            case "DELETE" -> " from";
                            default -> " of";
                        } + " table \"" + table + "\" runs in "
                                + session.transaction() + ", where " + session.where(earlier) + " took "
                                + held.get().mode() + " on it: that lock is held until the transaction ends, so " + waits
                                + " waits for these rows to be written too",
                        "commit the schema change first and write the rows in transactions of their own, in "
                                + "batches for many rows (phaseshift's backfill operation does this)"));
            }
        }
        return List.of();
    }
}
