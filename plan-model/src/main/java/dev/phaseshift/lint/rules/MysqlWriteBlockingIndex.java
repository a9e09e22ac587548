package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lock.MysqlChangeCosts;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code FULLTEXT} or {@code SPATIAL} index added to a MySQL/MariaDB table that may hold rows, by
 * {@code ALTER TABLE ... ADD} or {@code CREATE ... INDEX}: InnoDB builds it in place but with {@code LOCK=SHARED}
 * at best, so every write to the table waits for the whole build; the first FULLTEXT index on a table without an
 * {@code FTS_DOC_ID} column also rebuilds the table. Which indexes block writes is {@link MysqlChangeCosts}'s to
 * say, as the lock model predicts from it.
 */
public final class MysqlWriteBlockingIndex implements LintRule {
    @Override public String id() { return "mysql-write-blocking-index"; }
    @Override public String code() { return "PS148"; }
    @Override public String summary() { return "FULLTEXT or SPATIAL index built while writes wait"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            // LOCK=NONE makes the server refuse the statement rather than block writes
            if ("NONE".equals(parsed.lock())) {
                continue;
            }
            for (AlterAction action : MysqlChangeCosts.actionsOf(parsed)) {
                String kind = MysqlChangeCosts.writeBlockingIndex(action);
                if (kind == null) {
                    continue;
                }
                String t = table.name();
                // the table as the earlier statements left it: a FULLTEXT index one of them added counts
                boolean rebuilds = kind.equals("FULLTEXT")
                        && MysqlChangeCosts.fulltextRebuilds(context.tableBefore(t).orElse(table));
                out.add(finding(context, t, "adding a " + kind + " index to table \"" + t + "\" ("
                                + LintContext.rows(table) + ") makes " + context.dialect()
                                + " block writes to it until the whole index is built (LOCK=SHARED at best)"
                                + (rebuilds ? "; as the table's first FULLTEXT index, without an FTS_DOC_ID "
                                + "column, it also rebuilds the table" : ""),
                        "build it with gh-ost or pt-online-schema-change, or in a quiet window, or on a replica "
                                + "that is then promoted"));
                break;
            }
        }
        return out;
    }
}
