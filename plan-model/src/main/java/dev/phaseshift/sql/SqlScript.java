package dev.phaseshift.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits an SQL script into statements at semicolons that stand outside strings, quoted identifiers,
 * dollar-quoted bodies and comments. Works for PostgreSQL and MySQL scripts. As psql
 * reads a script, a meta-command ({@code \connect db}) is a statement of its own line, and the data lines after
 * {@code COPY ... FROM stdin;} up to {@code \.} belong to no statement. As the mysql client reads one,
 * {@code DELIMITER ;;} changes what ends a statement until the next {@code DELIMITER}, and what a versioned comment
 * holds ({@code /*!50003 CREATE ...}, as mysqldump writes triggers and views) is code.
 */
public final class SqlScript {
    private static final Pattern COPY_FROM_STDIN = Pattern.compile("^\\s*COPY\\b.*\\bFROM\\s+STDIN\\b",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

    private SqlScript() {
    }

    public static List<SqlStatement> split(String script) {
        List<SqlStatement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = script.length();
        String delimiter = ";";
        while (i < n) {
            char c = script.charAt(i);
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                int end = script.indexOf('\n', i);
                i = end < 0 ? n : end;
                continue;
            }
            if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                int end = script.indexOf("*/", i + 2);
                int stop = end < 0 ? n : end + 2;
                int code = executableCommentStart(script, i, end < 0 ? n : end);
                if (code >= 0) {
                    // mysql runs what a /*!50001 ... */ comment holds on servers of that version or later
                    if (startLine < 0) {
                        startLine = line + count(script, i, code, '\n');
                    }
                    current.append(' ').append(script, code, end < 0 ? n : end).append(' ');
                } else {
                    current.append(' ');
                }
                line += count(script, i, stop, '\n');
                i = stop;
                continue;
            }
            if (startLine < 0 && (c == 'D' || c == 'd') && script.regionMatches(true, i, "DELIMITER", 0, 9)
                    && i + 9 < n && Character.isWhitespace(script.charAt(i + 9)) && script.charAt(i + 9) != '\n') {
                // the mysql client's DELIMITER x: x ends statements from the next line on
                int end = script.indexOf('\n', i);
                int stop = end < 0 ? n : end;
                String[] words = script.substring(i + 9, stop).trim().split("\\s+");
                delimiter = words[0].isEmpty() ? delimiter : words[0];
                i = stop;
                continue;
            }
            if (c == delimiter.charAt(0) && script.startsWith(delimiter, i)) {
                boolean copyData = COPY_FROM_STDIN.matcher(current).find();
                addStatement(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
                i += delimiter.length();
                if (copyData) {
                    // psql sends the lines after COPY ... FROM stdin as its data, up to a line "\."
                    int stop = endOfCopyData(script, i);
                    line += count(script, i, stop, '\n');
                    i = stop;
                }
                continue;
            }
            if (c == '\\' && startLine < 0) {
                // a psql meta-command (\connect, \set, \i ...) ends at the end of its line, not at a semicolon
                int end = script.indexOf('\n', i);
                int stop = end < 0 ? n : end;
                statements.add(new SqlStatement(script.substring(i, stop).strip(), line));
                i = stop;
                continue;
            }
            if (c == '\n') {
                line++;
                if (startLine >= 0) {
                    current.append(c);
                }
                i++;
                continue;
            }
            if (startLine < 0 && !Character.isWhitespace(c)) {
                startLine = line;
            }
            int stop = i + 1;
            if (c == '\'' || c == '"' || c == '`') {
                stop = endOfQuoted(script, i, c);
            } else if (c == '$') {
                String tag = dollarTag(script, i);
                if (tag != null) {
                    int end = script.indexOf(tag, i + tag.length());
                    stop = end < 0 ? n : end + tag.length();
                }
            }
            line += count(script, i, stop, '\n');
            current.append(script, i, stop);
            i = stop;
        }
        addStatement(statements, current, startLine);
        return List.copyOf(statements);
    }

    /**
     * Where the code of a MySQL executable comment starting at {@code start} begins ({@code /*!50001 CREATE VIEW
     * ...}, MariaDB's {@code /*M!100100 ...}), after its version; -1 for a plain comment, and for MariaDB's
     * {@code /*M!999999} marker, which only its client reads.
     */
    private static int executableCommentStart(String script, int start, int end) {
        int i = start + 2;
        if (i < end && script.charAt(i) == 'M' && i + 1 < end && script.charAt(i + 1) == '!') {
            i++;
        }
        if (i >= end || script.charAt(i) != '!') {
            return -1;
        }
        int digits = ++i;
        while (i < end && Character.isDigit(script.charAt(i))) {
            i++;
        }
        return script.substring(digits, i).equals("999999") ? -1 : i;
    }

    /** Index just after the line {@code \.} that ends psql's inline COPY data starting at {@code from}. */
    private static int endOfCopyData(String script, int from) {
        int lineStart = script.indexOf('\n', from);
        while (lineStart >= 0) {
            int lineEnd = script.indexOf('\n', lineStart + 1);
            String text = script.substring(lineStart + 1, lineEnd < 0 ? script.length() : lineEnd);
            if (text.strip().equals("\\.")) {
                return lineEnd < 0 ? script.length() : lineEnd;
            }
            lineStart = lineEnd;
        }
        return script.length();
    }

    private static void addStatement(List<SqlStatement> statements, StringBuilder text, int startLine) {
        String trimmed = text.toString().strip();
        if (!trimmed.isEmpty()) {
            statements.add(new SqlStatement(trimmed, startLine < 0 ? 1 : startLine));
        }
    }

    /** Index just after the closing quote; a doubled quote or a backslash escape stays inside. */
    public static int endOfQuoted(String s, int start, char quote) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (c == '\\' && quote == '\'' && i + 1 < s.length()) {
                i += 2;
                continue;
            }
            if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return s.length();
    }

    /** The {@code $tag$} opening at {@code start}, or null when the dollar sign is not a quote. */
    public static String dollarTag(String s, int start) {
        int i = start + 1;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_')) {
            i++;
        }
        if (i < s.length() && s.charAt(i) == '$') {
            String tag = s.substring(start, i + 1);
            boolean positionalParameter = tag.length() > 2 && Character.isDigit(tag.charAt(1));
            return positionalParameter ? null : tag;
        }
        return null;
    }

    private static int count(String s, int from, int to, char c) {
        int k = 0;
        for (int i = from; i < to; i++) {
            if (s.charAt(i) == c) {
                k++;
            }
        }
        return k;
    }
}
