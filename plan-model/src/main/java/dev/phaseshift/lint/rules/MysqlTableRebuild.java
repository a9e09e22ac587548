package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.AlterAction;
import dev.phaseshift.lint.parse.ColumnClause;
import dev.phaseshift.lint.parse.ParsedStatement;
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

/**
 * MySQL/MariaDB {@code ALTER TABLE} statements that run in place but rebuild the whole table: writes go on, but
 * the rebuild takes as long as a copy, fails at the end if the writes made meanwhile outgrow
 * {@code innodb_online_alter_log_max_size}, and replicas apply it in one piece, lagging by its whole duration.
 * {@code FORCE}, {@code ENGINE=} and {@code ORDER BY}, adding a primary key, making a column {@code NOT NULL}, and
 * on servers before MySQL 8.0.29 / MariaDB 10.4
 * dropping a column or adding one anywhere but at the end (before MySQL 8.0.12 / MariaDB 10.3, even at the end).
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
            String reason = reason(context.dialect(), parsed, table);
            if (reason != null) {
                String t = table.name();
                out.add(finding(context, t, reason + " makes " + context.dialect() + " rebuild table \"" + t + "\" ("
                                + LintContext.rows(table) + ") in place: as long as a copy, and replicas lag "
                                + "for all of it",
                        "run it with gh-ost or pt-online-schema-change, or at a quiet time with replica lag watched"));
            }
        }
        return out;
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
