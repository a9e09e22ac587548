package dev.phaseshift.lock;

import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a MySQL/MariaDB {@code ALTER TABLE} costs beyond its lock: whether the server copies the table. The one
 * place this is known: lint's PS108 (mysql-algorithm-copy) reports it and the lock model ({@link MysqlLockRules})
 * predicts {@code ALGORITHM=COPY} from it.
 */
public final class MysqlChangeCosts {
    private static final Pattern MODIFY = Pattern.compile("\\b(?:MODIFY\\s+(?:COLUMN\\s+)?" + SqlShape.NAME
            + "|CHANGE\\s+(?:COLUMN\\s+)?" + SqlShape.NAME + "\\s+" + SqlShape.NAME + ")\\s+([A-Za-z]+(?:\\s*\\([^)]*\\))?"
            + "(?:\\s+unsigned)?)", Pattern.CASE_INSENSITIVE);
    private static final Pattern VARCHAR = Pattern.compile("^varchar\\((\\d+)\\)$");
    private static final Pattern MEMBERS = Pattern.compile("^(enum|set)\\s*\\((.*)\\)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern MEMBER = Pattern.compile("'((?:[^']|'')*)'");


    private MysqlChangeCosts() {
    }

    /**
     * Why the server copies {@code table} (as the plan found it, with its rows) to run {@code sql}, or null when it
     * changes the table in place: {@code ALGORITHM=COPY} asked for, a foreign key added with
     * {@code foreign_key_checks} on, a check constraint, dropping the primary key without adding one, converting the
     * character set, or a column type change other than growing a {@code varchar} within its length-byte class or
     * appending {@code ENUM}/{@code SET} members within their storage size.
     */
    public static String copyReason(String sql, Table table) {
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
        if (upper.matches(".*\\bDROP\\s+PRIMARY\\s+KEY\\b.*")
                && !upper.matches(".*\\bADD\\s+(CONSTRAINT\\s+\\S+\\s+)?PRIMARY\\s+KEY\\b.*")) {
            return "dropping the primary key without adding one in the same statement";
        }
        if (upper.matches(".*\\bCONVERT\\s+TO\\s+(CHARACTER\\s+SET|CHARSET)\\b.*")) {
            return "converting the table's character set";
        }
        Matcher m = MODIFY.matcher(SqlShape.clean(sql));
        while (m.find()) {
            String column = SqlShape.unquote(m.group(1) != null ? m.group(1) : m.group(2));
            var old = table.column(column);
            if (old.isEmpty()) {
                continue;
            }
            String enumChange = membersChange(column, old.get().type(), m.group(4).trim());
            if (enumChange != null) {
                return enumChange;
            }
            String from = TypeNames.normalize(Engine.MYSQL, old.get().type());
            String to = TypeNames.normalize(Engine.MYSQL, m.group(4).trim());
            if (from != null && !from.equals(to) && !varcharGrowsInPlace(from, to)) {
                return "changing column \"" + column + "\" from " + old.get().type() + " to " + m.group(4).trim();
            }
        }
        return null;
    }

    /**
     * Why changing an {@code ENUM}/{@code SET} column's members copies the table, or null when it does not: only
     * appending members at the end is in place, and only while the stored size stays (an {@code ENUM} of up to 255
     * members is one byte; a {@code SET} takes a byte per 8 members).
     */
    private static String membersChange(String column, String fromType, String toType) {
        Matcher f = MEMBERS.matcher(fromType.trim());
        Matcher t = MEMBERS.matcher(toType);
        if (!f.matches() || !t.matches() || !f.group(1).equalsIgnoreCase(t.group(1))) {
            return null;
        }
        List<String> from = members(f.group(2));
        List<String> to = members(t.group(2));
        if (from.equals(to)) {
            return null;
        }
        String kind = f.group(1).toUpperCase(Locale.ROOT);
        if (to.size() < from.size() || !to.subList(0, from.size()).equals(from)) {
            return "changing the " + kind + " members of column \"" + column + "\" other than by appending at the end";
        }
        boolean sameSize = kind.equals("ENUM") ? (from.size() <= 255) == (to.size() <= 255)
                : (from.size() + 7) / 8 == (to.size() + 7) / 8;
        return sameSize ? null : "growing the " + kind + " of column \"" + column + "\" past its storage size";
    }

    /** The quoted members of an {@code ENUM}/{@code SET} type or member list, unquoted. */
    static List<String> members(String list) {
        List<String> out = new ArrayList<>();
        Matcher m = MEMBER.matcher(list);
        while (m.find()) {
            out.add(m.group(1));
        }
        return out;
    }

    /** Growing a varchar is in place while its length prefix keeps its size (up to 255 bytes, or from 256 on). */
    static boolean varcharGrowsInPlace(String from, String to) {
        Matcher f = VARCHAR.matcher(from == null ? "" : from);
        Matcher t = VARCHAR.matcher(to == null ? "" : to);
        if (!f.matches() || !t.matches()) {
            return false;
        }
        // utf8mb4: 4 bytes per character decides the length prefix
        int a = Integer.parseInt(f.group(1)) * 4;
        int b = Integer.parseInt(t.group(1)) * 4;
        return b >= a && (a > 255 || b <= 255);
    }
}
