package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.Reindex;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * PostgreSQL {@code REINDEX} without {@code CONCURRENTLY}: it takes a SHARE lock on each table (writes wait) and
 * an ACCESS EXCLUSIVE lock on each index it rebuilds (queries that would use it wait, and planning any query of the
 * table does), until the rebuild ends. {@code REINDEX CONCURRENTLY} exists from postgresql 12; before that, the help
 * says how to rebuild an index by hand without blocking, and a {@code CONCURRENTLY} written anyway is reported as
 * a statement the server rejects.
 */
public final class ReindexWithoutConcurrently implements LintRule {
    private static final String BEFORE_12 = "build a copy of each index with CREATE INDEX CONCURRENTLY, drop the old "
            + "one with DROP INDEX CONCURRENTLY and rename the copy, or upgrade first";

    @Override public String id() { return "reindex-without-concurrently"; }
    @Override public String code() { return "PS125"; }
    @Override public String summary() {
        return "REINDEX without CONCURRENTLY blocks writes and queries using the index";
    }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (Reindex reindex : WrittenCommands.of(context, Reindex.class)) {
            if (reindex.target() == Reindex.Target.TABLE && !Preexisting.table(context, reindex.name())) {
                continue;
            }
            if (reindex.concurrently()) {
                if (!context.dialect().atLeast(12, 0, 0)) {
                    out.add(finding(context, reindex.name(), "REINDEX ... CONCURRENTLY does not exist before "
                            + "postgresql 12: postgresql " + context.dialect().major() + " rejects the statement",
                            BEFORE_12));
                }
                continue;
            }
            String what = switch (reindex.target()) {
                case INDEX -> "index \"" + reindex.name() + "\"";
                case TABLE -> "every index of table \"" + reindex.name() + "\"";
                case SCHEMA -> "every index of every table of schema \"" + reindex.name() + "\"";
                case DATABASE -> "every index of the database";
                case SYSTEM -> "every index of the system catalogs";
            };
            String help;
            if (reindex.target() == Reindex.Target.SYSTEM) {
                help = "system catalogs cannot be reindexed concurrently: run it in a maintenance window";
            } else if (context.dialect().atLeast(12, 0, 0)) {
                help = "use REINDEX " + reindex.target().name() + " CONCURRENTLY (postgresql 12 and later), on its "
                        + "own outside any transaction block (not in a plan's sql step, which runs in one)";
            } else {
                help = "postgresql " + context.dialect().major() + " has no REINDEX CONCURRENTLY (it came in 12): "
                        + BEFORE_12;
            }
            out.add(finding(context, reindex.name(), "REINDEX rebuilds " + what + " under a SHARE lock on each "
                    + "table and an ACCESS EXCLUSIVE lock on each index it rebuilds: writes, and queries that would use "
                    + "the index, wait until it ends", help));
        }
        return out;
    }
}
