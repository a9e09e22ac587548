package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lock.MysqlChangeCosts;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL/MariaDB {@code ALTER TABLE} statements that run in place but rebuild the whole table: writes go on, but
 * the rebuild takes as long as a copy, fails at the end if the writes made meanwhile outgrow
 * {@code innodb_online_alter_log_max_size}, and replicas apply it in one piece, lagging by its whole duration.
 * Adding a primary key, making a column {@code NOT NULL}, and on servers before MySQL 8.0.29 / MariaDB 10.4
 * dropping a column or adding one anywhere but at the end (before MySQL 8.0.12 / MariaDB 10.3, even at the end).
 * Statements that {@link MysqlAlgorithmCopy} reports as copying are left to it.
 */
public final class MysqlTableRebuild implements LintRule {
    private static final Pattern NOT_NULL = Pattern.compile("\\b(?:MODIFY\\s+(?:COLUMN\\s+)?" + SqlShape.NAME
            + "|CHANGE\\s+(?:COLUMN\\s+)?" + SqlShape.NAME + "\\s+" + SqlShape.NAME + ")\\s+[^,]*?\\bNOT\\s+NULL\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_COLUMN = Pattern.compile("\\bDROP\\s+(?:COLUMN\\s+)?(?!PRIMARY\\b|INDEX\\b|KEY\\b"
            + "|FOREIGN\\b|CONSTRAINT\\b|CHECK\\b)" + SqlShape.NAME, Pattern.CASE_INSENSITIVE);
    private static final Pattern POSITIONED = Pattern.compile("\\b(AFTER\\s+" + SqlShape.NAME + "|FIRST)\\s*$",
            Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "mysql-table-rebuild"; }
    @Override public String code() { return "PS119"; }
    @Override public String summary() { return "ALTER TABLE that rebuilds the whole table in place"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            var table = SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows);
            String upper = SqlShape.upper(s.text());
            if (table.isEmpty() || upper.matches(".*ALGORITHM\\s*=\\s*INSTANT.*")
                    || MysqlChangeCosts.copyReason(s.text(), table.get()) != null) {
                continue;
            }
            String reason = reason(context.dialect(), s.text(), table.get());
            if (reason != null) {
                String t = table.get().name();
                out.add(finding(context, t, reason + " makes " + context.dialect() + " rebuild table \"" + t + "\" ("
                                + LintContext.rows(table.get()) + ") in place: as long as a copy, and replicas lag "
                                + "for all of it",
                        "run it with gh-ost or pt-online-schema-change, or at a quiet time with replica lag watched"));
            }
        }
        return out;
    }

    private static String reason(Dialect dialect, String sql, Table table) {
        String clean = SqlShape.clean(sql);
        String upper = clean.toUpperCase(Locale.ROOT);
        if (upper.matches(".*\\bADD\\s+(CONSTRAINT\\s+\\S+\\s+)?PRIMARY\\s+KEY\\b.*")) {
            return upper.matches(".*\\bDROP\\s+PRIMARY\\s+KEY\\b.*") ? "replacing the primary key"
                    : "adding a primary key";
        }
        Matcher m = NOT_NULL.matcher(clean);
        while (m.find()) {
            String column = SqlShape.unquote(m.group(1) != null ? m.group(1) : m.group(2));
            if (table.column(column).map(c -> c.nullable()).orElse(false)) {
                return "making column \"" + column + "\" NOT NULL";
            }
        }
        if (!dialect.instantDropColumn()) {
            Matcher d = DROP_COLUMN.matcher(clean);
            while (d.find()) {
                String column = SqlShape.unquote(d.group(1));
                if (table.column(column).isPresent()) {
                    return "dropping column \"" + column + "\" (instant only from mysql 8.0.29 / mariadb 10.4)";
                }
            }
        }
        for (SqlShape.AddedColumn c : SqlShape.addedColumns(sql)) {
            if (SqlShape.has(c.definition(), "AUTO_INCREMENT") || SqlShape.has(c.definition(), "STORED")
                    || SqlShape.has(c.definition(), "PERSISTENT")) {
                continue; // adding-generated-column reports these: they block writes, not just rebuild
            }
            boolean atEnd = !POSITIONED.matcher(c.definition()).find();
            if (!dialect.instantAddColumn(atEnd)) {
                return "adding column \"" + c.name() + "\"" + (atEnd ? "" : " before the last column") + " (instant "
                        + (atEnd ? "only from mysql 8.0.12 / mariadb 10.3" : "there only from mysql 8.0.29 / mariadb 10.4")
                        + ")";
            }
        }
        return null;
    }
}
