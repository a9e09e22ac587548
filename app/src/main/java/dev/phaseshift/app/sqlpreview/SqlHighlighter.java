package dev.phaseshift.app.sqlpreview;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Splits SQL text into tokens for colouring: comments ({@code --}, {@code /* *}{@code /}), quoted strings
 * (including PostgreSQL dollar quotes), numbers, keywords and the rest. Never fails: anything it does not know
 * is an identifier or punctuation, and the tokens always add up to the text.
 */
public final class SqlHighlighter {
    private static final Set<String> KEYWORDS = Set.of("add", "after", "algorithm", "all", "alter", "and", "as",
            "asc", "before", "begin", "by", "cascade", "case", "check", "column", "commit", "concurrently",
            "constraint", "create", "default", "delete", "desc", "distinct", "drop", "each", "else", "elseif", "end",
            "execute", "exists", "for", "foreign", "from", "function", "if", "in", "index", "inplace", "insert",
            "instant", "into", "is", "join", "key", "language", "limit", "lock", "modify", "new", "none", "not",
            "null", "of", "old", "on", "or", "primary", "procedure", "references", "rename", "replace", "restrict",
            "returns", "row", "select", "set", "table", "then", "to", "trigger", "type", "unique", "update", "using",
            "valid", "validate", "values", "view", "when", "where", "with", "returning", "session", "local",
            "lock_timeout", "statement_timeout", "plpgsql", "declare", "elsif", "raise", "exception", "true",
            "false", "nulls", "no", "action", "copy", "nocopy", "shared", "exclusive", "transaction", "start");

    private SqlHighlighter() {
    }

    public static List<SqlToken> tokens(String text) {
        List<SqlToken> out = new ArrayList<>();
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            int end;
            SqlToken.Kind kind;
            if (Character.isWhitespace(c)) {
                end = i + 1;
                while (end < n && Character.isWhitespace(text.charAt(end))) {
                    end++;
                }
                kind = SqlToken.Kind.SPACE;
            } else if (text.startsWith("--", i)) {
                end = text.indexOf('\n', i);
                end = end < 0 ? n : end;
                kind = SqlToken.Kind.COMMENT;
            } else if (text.startsWith("/*", i)) {
                end = text.indexOf("*/", i + 2);
                end = end < 0 ? n : end + 2;
                kind = SqlToken.Kind.COMMENT;
            } else if (c == '\'') {
                end = quoted(text, i, '\'');
                kind = SqlToken.Kind.STRING;
            } else if (c == '$' && dollarTag(text, i) != null) {
                String tag = dollarTag(text, i);
                int close = text.indexOf(tag, i + tag.length());
                end = close < 0 ? n : close + tag.length();
                kind = SqlToken.Kind.STRING;
            } else if (c == '"' || c == '`') {
                end = quoted(text, i, c);
                kind = SqlToken.Kind.IDENTIFIER;
            } else if (Character.isDigit(c)) {
                end = i + 1;
                while (end < n && (Character.isDigit(text.charAt(end)) || text.charAt(end) == '.')) {
                    end++;
                }
                kind = SqlToken.Kind.NUMBER;
            } else if (Character.isLetter(c) || c == '_') {
                end = i + 1;
                while (end < n && (Character.isLetterOrDigit(text.charAt(end)) || text.charAt(end) == '_')) {
                    end++;
                }
                kind = KEYWORDS.contains(text.substring(i, end).toLowerCase(Locale.ROOT)) ? SqlToken.Kind.KEYWORD
                        : SqlToken.Kind.IDENTIFIER;
            } else {
                end = i + 1;
                kind = SqlToken.Kind.PUNCTUATION;
            }
            out.add(new SqlToken(text.substring(i, end), kind));
            i = end;
        }
        return out;
    }

    private static int quoted(String text, int start, char quote) {
        int i = start + 1;
        while (i < text.length()) {
            if (text.charAt(i) == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                    continue;
                }
                return i + 1;
            }
            i++;
        }
        return text.length();
    }

    /** {@code $$} or {@code $body$} at {@code start}, or null. */
    private static String dollarTag(String text, int start) {
        int i = start + 1;
        while (i < text.length() && (Character.isLetterOrDigit(text.charAt(i)) || text.charAt(i) == '_')) {
            i++;
        }
        return i < text.length() && text.charAt(i) == '$' ? text.substring(start, i + 1) : null;
    }
}
