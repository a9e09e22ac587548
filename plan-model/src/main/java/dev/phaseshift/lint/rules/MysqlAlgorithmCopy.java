package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lock.MysqlAlgorithm;
import dev.phaseshift.lock.MysqlChangeCosts;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * MySQL/MariaDB {@code ALTER TABLE} statements that fall back to {@code ALGORITHM=COPY}, which blocks writes for
 * as long as the table takes to copy: a column type change (other than growing a {@code varchar} within the same
 * length-byte class, or appending members to an {@code ENUM}/{@code SET} within its storage size), a foreign key
 * added with {@code foreign_key_checks} on, a check constraint, dropping the primary key without adding one in
 * the same statement, converting the table's character set, repartitioning, or an explicit {@code ALGORITHM=COPY};
 * and moving rows between partitions, which MySQL 8.0 does {@code INPLACE} but with writes blocked all the same. A statement
 * that asks for {@code INSTANT} or {@code INPLACE} fails instead of copying. Stored generated columns are
 * {@link AddingGeneratedColumn}'s; in-place rebuilds are {@link MysqlTableRebuild}'s.
 */
public final class MysqlAlgorithmCopy implements LintRule {
    @Override public String id() { return "mysql-algorithm-copy"; }
    @Override public String code() { return "PS108"; }
    @Override public String summary() { return "ALTER TABLE that falls back to ALGORITHM=COPY"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            if ("INSTANT".equals(parsed.algorithm())) {
                continue;
            }
            String reason = MysqlChangeCosts.copyReason(context.dialect(), parsed, table, context.parsed());
            MysqlAlgorithm algorithm = reason == null ? null : MysqlChangeCosts.copyAlgorithm(context.dialect(), reason);
            // a statement that asks for INPLACE fails rather than copy, unless the copy is itself in place, and a
            // copy cannot let writes pass: mysql-algorithm-refused reports those
            boolean refused = algorithm == MysqlAlgorithm.COPY && ("INPLACE".equals(parsed.algorithm())
                    || "NOCOPY".equals(parsed.algorithm()) || "NONE".equals(parsed.lock()));
            if (algorithm != null && !refused) {
                String t = table.name();
                out.add(finding(context, t, reason + " makes " + context.dialect() + " copy table \"" + t + "\" ("
                                + LintContext.rows(table) + ") with ALGORITHM=" + algorithm
                                + ", blocking writes until done",
                        help(reason)));
            }
        }
        return out;
    }

    /** What to do instead, for the kind of change that copies. */
    private static String help(String reason) {
        if (reason.startsWith("adding a foreign key")) {
            return "check with a query that every row has its parent, then add the key with SET SESSION "
                    + "foreign_key_checks = 0 before it (in place, no copy) and = 1 after; or run it with gh-ost or "
                    + "pt-online-schema-change";
        }
        if (reason.contains("partition")) {
            return "run it with gh-ost or pt-online-schema-change, or in a quiet window";
        }
        return "run it with gh-ost or pt-online-schema-change, or use a pattern that adds a new column and backfills "
                + "it";
    }
}
