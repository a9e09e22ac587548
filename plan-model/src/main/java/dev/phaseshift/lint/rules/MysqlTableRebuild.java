package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.PartitionChange;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.lock.MysqlChangeCosts;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.RenameColumn;
import dev.phaseshift.plan.op.SetNotNull;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * MySQL/MariaDB {@code ALTER TABLE} statements that run in place but rebuild the whole table: writes go on, but
 * the rebuild takes as long as a copy, fails at the end if the writes made meanwhile outgrow
 * {@code innodb_online_alter_log_max_size}, and replicas apply it in one piece, lagging by its whole duration.
 * {@code FORCE}, {@code ENGINE=} and {@code ORDER BY}, adding a primary key, making a column {@code NOT NULL}, and
 * on servers before MySQL 8.0.29 / MariaDB 10.4
 * dropping a column or adding one anywhere but at the end (before MySQL 8.0.12 / MariaDB 10.3, even at the end);
 * {@code OPTIMIZE TABLE} (each table it names); {@code REBUILD PARTITION}, which copies the partitions' rows with
 * writes waiting, and {@code OPTIMIZE PARTITION}, which InnoDB cannot do per partition and runs as a rebuild of the
 * whole table (in place on MariaDB; with writes waiting on MySQL 8.0, by its manual).
 * Statements that {@link MysqlAlgorithmCopy} reports as copying are left to it.
 */
public final class MysqlTableRebuild implements LintRule {

    @Override public String id() { return "mysql-table-rebuild"; }
    @Override public String code() { return "PS119"; }
    @Override public String summary() { return "ALTER TABLE that rebuilds the whole table in place"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (LintContext.OnTableWithRows on : context.statementsOnTablesWithRows()) {
            ParsedStatement parsed = on.parsed();
            Table table = on.table();
            if ("INSTANT".equals(parsed.algorithm())
                    || MysqlChangeCosts.copyReason(context.dialect(), parsed, table, context.parsed()) != null) {
                continue;
            }
            Finding partitions = partitionsRebuilt(context, parsed, table);
            if (partitions != null) {
                out.add(partitions);
                continue;
            }
            String reason = reason(context.dialect(), parsed, table);
            if (reason != null) {
                out.add(rebuilt(context, reason, table));
            }
        }
        // OPTIMIZE TABLE a, b rebuilds each table it names; the loop above judged the first, its target
        for (ParsedStatement parsed : context.parsed()) {
            if (!parsed.keyword().equals("OPTIMIZE") || !parsed.understood()) {
                continue;
            }
            parsed.actions().stream().map(AlterAction::table).distinct().filter(t -> !t.equals(parsed.target()))
                    .forEach(t -> context.tableWithRows(t).ifPresent(table -> out.add(rebuilt(context,
                            "\"" + parsed.actions().get(0).text() + "\"", table))));
        }
        return out;
    }

    private Finding rebuilt(LintContext context, String reason, Table table) {
        String t = table.name();
        return finding(context, t, reason + " makes " + context.dialect() + " rebuild table \"" + t + "\" ("
                        + LintContext.rows(table) + ") in place: as long as a copy, and replicas lag for all of it",
                "run it with gh-ost or pt-online-schema-change, or at a quiet time with replica lag watched");
    }

    /**
     * {@code REBUILD PARTITION}: the partitions' rows copied anew with writes waiting; {@code OPTIMIZE PARTITION}:
     * the whole table rebuilt whatever partitions are named; null for a statement that does neither.
     */
    private Finding partitionsRebuilt(LintContext context, ParsedStatement parsed, Table table) {
        String t = table.name();
        for (AlterAction action : parsed.actions()) {
            for (PartitionChange change : action.commands(PartitionChange.class)) {
                String named = change.partitions().isEmpty() ? "every partition"
                        : (change.partitions().size() == 1 ? "partition " : "partitions ")
                        + change.partitions().stream().map(p -> "\"" + p + "\"").collect(Collectors.joining(", "));
                // writes that wait for the whole rebuild make it an error, as for every rule (see the severities)
                if (change.kind() == PartitionChange.Kind.REBUILD) {
                    return finding(context, t, "\"" + action.text() + "\" makes " + context.dialect() + " copy "
                                    + "the rows of " + named + " of table \"" + t + "\" (" + LintContext.rows(table)
                                    + " for the whole table) anew, with writes to the table waiting until it is "
                                    + "done, and replicas lag for all of it",
                            "rebuild one partition per statement at a quiet time, with replica lag watched")
                            .withSeverity(Severity.ERROR);
                }
                if (change.kind() == PartitionChange.Kind.OPTIMIZE) {
                    boolean inPlace = context.dialect().mariadb();
                    Finding f = finding(context, t, "\"" + action.text() + "\" makes " + context.dialect()
                                    + " rebuild the whole table \"" + t + "\" (" + LintContext.rows(table) + "), not "
                                    + "only " + named + " (InnoDB cannot optimize one partition), "
                                    + (inPlace ? "in place: as long as a copy" : "with writes waiting until it is done")
                                    + ", and replicas lag for all of it",
                            "use REBUILD PARTITION and ANALYZE PARTITION on the partitions concerned instead, at a "
                                    + "quiet time with replica lag watched");
                    return inPlace ? f : f.withSeverity(Severity.ERROR);
                }
            }
        }
        return null;
    }

    private static String reason(Dialect dialect, ParsedStatement parsed, Table table) {
        for (AlterAction action : parsed.actions()) {
            if (MysqlChangeCosts.rebuildsOnly(action)) {
                return "\"" + action.text() + "\"";
            }
        }
        if (parsed.has(StatementFlag.PRIMARY_KEY)) {
            return parsed.has(StatementFlag.DROP_PRIMARY_KEY) ? "replacing the primary key" : "adding a primary key";
        }
        for (SetNotNull set : parsed.operations(SetNotNull.class)) {
            // MODIFY and CHANGE restate the column; CHANGE may rename it, and the table knows the old name
            String column = parsed.operations(RenameColumn.class).stream().filter(r -> r.to().equals(set.column()))
                    .map(RenameColumn::column).findFirst().orElse(set.column());
            if (table.column(column).map(c -> c.nullable()).orElse(false)) {
                return "making column \"" + column + "\" NOT NULL";
            }
        }
        if (!dialect.instantDropColumn()) {
            for (DropColumn drop : parsed.operations(DropColumn.class)) {
                if (table.column(drop.column()).isPresent()) {
                    return "dropping column \"" + drop.column() + "\" (instant only from mysql 8.0.29 / mariadb 10.4)";
                }
            }
        }
        for (WrittenColumn c : parsed.columns()) {
            if (c.has(ColumnClause.AUTO_INCREMENT) || c.has(ColumnClause.STORED)) {
                continue; // adding-generated-column reports these: they block writes, not just rebuild
            }
            boolean atEnd = !c.has(ColumnClause.POSITIONED);
            if (!dialect.instantAddColumn(atEnd)) {
                return "adding column \"" + c.name() + "\"" + (atEnd ? "" : " before the last column") + " (instant "
                        + (atEnd ? "only from mysql 8.0.12 / mariadb 10.3" : "there only from mysql 8.0.29 / mariadb 10.4")
                        + ")";
            }
        }
        return null;
    }
}
