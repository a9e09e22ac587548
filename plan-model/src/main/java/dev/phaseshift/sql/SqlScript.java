package dev.phaseshift.sql;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits an SQL script into statements at semicolons that stand outside strings, quoted identifiers,
 * dollar-quoted bodies and comments. Works for PostgreSQL and MySQL scripts without DELIMITER commands.
 */
public final class SqlScript {
    private SqlScript() {
    }

    public static List<SqlStatement> split(String script) {
        List<SqlStatement> statements = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = script.length();
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
                line += count(script, i, stop, '\n');
                current.append(' ');
                i = stop;
                continue;
            }
            if (c == ';') {
                addStatement(statements, current, startLine);
                current.setLength(0);
                startLine = -1;
                i++;
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
