package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * MySQL/MariaDB {@code ALTER TABLE} statements that fall back to {@code ALGORITHM=COPY}, which blocks writes for
 * as long as the table takes to copy: a column type change (other than growing a {@code varchar} within the same
 * length-byte class), a foreign key added with {@code foreign_key_checks} on, a check constraint, or an explicit
 * {@code ALGORITHM=COPY}. A statement that asks for {@code INSTANT} or {@code INPLACE} fails instead of copying.
 */
public final class MysqlAlgorithmCopy implements LintRule {
    private static final Pattern MODIFY = Pattern.compile("\\b(?:MODIFY\\s+(?:COLUMN\\s+)?" + SqlShape.NAME
            + "|CHANGE\\s+(?:COLUMN\\s+)?" + SqlShape.NAME + "\\s+" + SqlShape.NAME + ")\\s+([A-Za-z]+(?:\\s*\\([^)]*\\))?"
            + "(?:\\s+unsigned)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARCHAR = Pattern.compile("^varchar\\((\\d+)\\)$");

    @Override public String id() { return "mysql-algorithm-copy"; }
    @Override public String code() { return "PS108"; }
    @Override public String summary() { return "ALTER TABLE that falls back to ALGORITHM=COPY"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            var table = SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows);
            if (table.isEmpty() || SqlShape.upper(s.text()).matches(".*ALGORITHM\\s*=\\s*(INSTANT|INPLACE).*")) {
                continue;
            }
            String reason = reason(s.text(), table.get());
            if (reason != null) {
                String t = table.get().name();
                out.add(finding(context, t, reason + " makes " + context.dialect() + " copy table \"" + t + "\" ("
                                + LintContext.rows(table.get()) + ") with ALGORITHM=COPY, blocking writes until done",
                        "run it with gh-ost or pt-online-schema-change, or use a pattern that adds a new column "
                                + "and backfills it"));
            }
        }
        return out;
    }

    private static String reason(String sql, Table table) {
        String upper = SqlShape.upper(sql);
        if (upper.matches(".*ALGORITHM\\s*=\\s*COPY.*")) {
            return "ALGORITHM=COPY";
        }
        if (upper.contains("FOREIGN KEY")) {
            return "adding a foreign key with foreign_key_checks on";
        }
        if (upper.matches(".*ADD\\s+(CONSTRAINT\\s+\\S+\\s+)?CHECK\\b.*")) {
            return "adding a check constraint";
        }
        Matcher m = MODIFY.matcher(SqlShape.clean(sql));
        while (m.find()) {
            String column = SqlShape.unquote(m.group(1) != null ? m.group(1) : m.group(2));
            var old = table.column(column);
            if (old.isEmpty()) {
                continue;
            }
            String from = TypeNames.normalize(Engine.MYSQL, old.get().type());
            String to = TypeNames.normalize(Engine.MYSQL, m.group(4).trim());
            if (from != null && !from.equals(to) && !varcharGrowsInPlace(from, to)) {
                return "changing column \"" + column + "\" from " + old.get().type() + " to " + m.group(4).trim();
            }
        }
        return null;
    }

    /** Growing a varchar is in place while its length prefix keeps its size (up to 255 bytes, or from 256 on). */
    private static boolean varcharGrowsInPlace(String from, String to) {
        Matcher f = VARCHAR.matcher(from);
        Matcher t = VARCHAR.matcher(to);
        if (!f.matches() || !t.matches()) {
            return false;
        }
        // utf8mb4: 4 bytes per character decides the length prefix
        int a = Integer.parseInt(f.group(1)) * 4;
        int b = Integer.parseInt(t.group(1)) * 4;
        return b >= a && (a > 255 || b <= 255);
    }
}
