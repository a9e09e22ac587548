package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.LockTables;
import dev.phaseshift.lock.LockLevel;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * An explicit lock that blocks writes on a table that existed before the plan: postgresql {@code LOCK TABLE} in a
 * mode that conflicts with ROW EXCLUSIVE (ACCESS EXCLUSIVE when no mode is written), held until the transaction
 * ends; MySQL/MariaDB {@code LOCK TABLES ... READ} (writes wait) or {@code WRITE} (reads wait too), held until
 * {@code UNLOCK TABLES}. Every statement takes the locks it needs itself; an explicit one only holds them longer.
 */
public final class ExplicitTableLock implements LintRule {
    @Override public String id() { return "explicit-table-lock"; }
    @Override public String code() { return "PS128"; }
    @Override public String summary() { return "LOCK TABLE / LOCK TABLES that blocks writes until it is released"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LockTables lock : WrittenCommands.of(context, LockTables.class)) {
            String blocks;
            String until;
            String help;
            if (lock.mysql()) {
                blocks = lock.mode().equals("WRITE") ? "reads and writes" : "writes";
                until = "until UNLOCK TABLES or the session ends";
                help = "let each statement take its own locks (InnoDB locks rows, and DDL takes its metadata lock "
                        + "itself); if you need the lock, set a short lock_wait_timeout and UNLOCK TABLES right after";
            } else {
                LockLevel level = LockLevel.valueOf(lock.mode().replace(' ', '_'));
                if (!level.blocksWrites()) {
                    continue;
                }
                blocks = level.blocksReads() ? "reads and writes" : "writes";
                until = "until the transaction ends";
                help = "let each statement take its own lock; if you need this one, SET lock_timeout first and "
                        + "keep the transaction that holds it short";
            }
            for (String table : lock.tables()) {
                if (!Preexisting.table(context, table)) {
                    continue;
                }
                String bare = SchemaEdit.bare(table);
                String statement = lock.mysql() ? "LOCK TABLES \"" + bare + "\" " + lock.mode()
                        : "LOCK TABLE \"" + bare + "\" IN " + lock.mode() + " MODE";
                out.add(finding(context, bare, statement + " blocks " + blocks + " of it " + until, help));
            }
        }
        return out;
    }
}
