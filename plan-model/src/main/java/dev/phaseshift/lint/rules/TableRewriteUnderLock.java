package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ClusterTable;
import dev.phaseshift.lint.parse.MoveIndex;
import dev.phaseshift.lint.parse.RefreshMaterializedView;
import dev.phaseshift.lint.parse.SetAccessMethod;
import dev.phaseshift.lint.parse.SetLogged;
import dev.phaseshift.lint.parse.SetTablespace;
import dev.phaseshift.lint.parse.VacuumFull;
import dev.phaseshift.plan.op.Located;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * PostgreSQL maintenance that copies a whole table while holding ACCESS EXCLUSIVE on it, so reads and writes wait
 * until the copy ends: {@code CLUSTER}, {@code VACUUM FULL}, {@code ALTER TABLE ... SET LOGGED/UNLOGGED},
 * {@code SET TABLESPACE} and {@code SET ACCESS METHOD}; {@code ALTER INDEX ... SET TABLESPACE}, whose lock on the
 * index stops every query of its table. pg_repack and pg_squeeze do the first two (and a tablespace move) online,
 * locking only for a moment at the end. A table the plan itself created is empty, so it is not reported.
 */
public final class TableRewriteUnderLock implements LintRule {
    private static final String ONLINE = "pg_repack (or pg_squeeze), which rebuilds the table while it stays "
            + "readable and writable and locks it only for a moment at the end";

    @Override public String id() { return "table-rewrite-under-lock"; }
    @Override public String code() { return "PS127"; }
    @Override public String summary() {
        return "CLUSTER, VACUUM FULL, SET LOGGED/UNLOGGED, SET TABLESPACE (of a table or an index), SET ACCESS METHOD "
                + "or REFRESH MATERIALIZED VIEW rebuilds under ACCESS EXCLUSIVE";
    }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (ClusterTable cluster : WrittenCommands.of(context, ClusterTable.class)) {
            if (cluster.table() == null) {
                out.add(finding(context, null, "CLUSTER without a table rewrites every table clustered before, "
                        + "each under an ACCESS EXCLUSIVE lock: reads and writes wait until it is done", "use "
                        + ONLINE));
            } else if (Preexisting.table(context, cluster.table())) {
                out.add(rewrite(context, cluster.table(), "CLUSTER rewrites table \"%s\"%s in index order", "use "
                        + ONLINE + " (pg_repack --order-by keeps an order)"));
            }
        }
        for (VacuumFull vacuum : WrittenCommands.of(context, VacuumFull.class)) {
            String help = "a plain VACUUM takes no lock that blocks reads or writes and makes the space reusable; "
                    + "to give it back to the operating system use " + ONLINE;
            if (vacuum.tables().isEmpty()) {
                out.add(finding(context, null, "VACUUM FULL without a table rewrites every table of the database, "
                        + "each under an ACCESS EXCLUSIVE lock: reads and writes wait until it is done", help));
            }
            for (String table : vacuum.tables()) {
                if (Preexisting.table(context, table)) {
                    out.add(rewrite(context, table, "VACUUM FULL rewrites table \"%s\"%s into a new file", help));
                }
            }
        }
        for (SetLogged set : WrittenCommands.of(context, SetLogged.class)) {
            if (Preexisting.table(context, set.table())) {
                out.add(set.logged()
                        ? rewrite(context, set.table(), "SET LOGGED rewrites table \"%s\"%s and writes all of it to "
                        + "the write-ahead log", "create the table LOGGED in the first place; for one with rows, "
                        + "fill a new logged table while both are written and switch to it, or run it in a "
                        + "maintenance window")
                        : rewrite(context, set.table(), "SET UNLOGGED rewrites table \"%s\"%s", "keep the table "
                        + "logged; if it really holds only data you can lose, run it in a maintenance window",
                        "; from then on a crash empties it and replicas do not have it"));
            }
        }
        for (RefreshMaterializedView refresh : WrittenCommands.of(context, RefreshMaterializedView.class)) {
            if (!refresh.concurrently()) {
                out.add(finding(context, refresh.view(), "REFRESH MATERIALIZED VIEW runs the query of \""
                        + refresh.view() + "\" again under an ACCESS EXCLUSIVE lock on it: every query of the view "
                        + "waits until the refresh ends", "REFRESH MATERIALIZED VIEW CONCURRENTLY, which lets queries "
                        + "of the view go on (it needs a unique index on the view that covers all rows)"));
            }
        }
        for (SetTablespace set : WrittenCommands.of(context, SetTablespace.class)) {
            if (Preexisting.table(context, set.table())) {
                out.add(rewrite(context, set.table(), "SET TABLESPACE \"" + set.tablespace() + "\" copies every "
                        + "file of table \"%s\"%s", "use pg_repack --tablespace, which moves the table while it "
                        + "stays readable and writable, or move it in a maintenance window"));
            }
        }
        for (MoveIndex move : WrittenCommands.of(context, MoveIndex.class)) {
            Optional<String> table = SchemaEdit.tableOfIndex(context.before(), move.index())
                    .map(Located::qualifiedName);
            if (table.isEmpty() || Preexisting.table(context, table.get())) {
                String of = table.map(t -> "table \"" + SchemaEdit.bare(t) + "\"" + Preexisting.rows(context, t))
                        .orElse("its table (row count unknown)");
                out.add(finding(context, SchemaEdit.bare(move.index()), "SET TABLESPACE \"" + move.tablespace()
                        + "\" copies index \"" + SchemaEdit.bare(move.index()) + "\" under an ACCESS EXCLUSIVE lock on "
                        + "it: every read and write of " + of + " waits until it ends, as planning a query locks "
                        + "all the table's indexes", "build a copy with CREATE INDEX CONCURRENTLY ... TABLESPACE "
                        + move.tablespace() + ", then DROP INDEX CONCURRENTLY the old one and rename the copy "
                        + "(pg_repack --only-indexes --tablespace does the same)"));
            }
        }
        for (SetAccessMethod set : WrittenCommands.of(context, SetAccessMethod.class)) {
            if (Preexisting.table(context, set.table())) {
                out.add(rewrite(context, set.table(), "SET ACCESS METHOD \"" + set.method() + "\" writes every row "
                        + "of table \"%s\"%s again", "fill a new table of the access method while both are written "
                        + "and switch to it, or run it in a maintenance window"));
            }
        }
        return out;
    }

    private Finding rewrite(LintContext context, String table, String format, String help) {
        return rewrite(context, table, format, help, "");
    }

    /** {@code format} with the table and its rows, followed by what the lock does and then {@code tail}. */
    private Finding rewrite(LintContext context, String table, String format, String help, String tail) {
        String bare = SchemaEdit.bare(table);
        return finding(context, bare, String.format(format, bare, Preexisting.rows(context, table))
                + " under an ACCESS EXCLUSIVE lock: reads and writes wait until it ends" + tail, help);
    }
}
