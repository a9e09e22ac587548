package dev.phaseshift.lint.parse;

import dev.phaseshift.sql.SqlScript;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The tokens of one statement and a cursor over them. Comments are dropped; strings (also {@code E'...'} and
 * dollar-quoted bodies) and quoted identifiers are single tokens, so nothing inside them is read as a keyword. A
 * migration tool's placeholder ({@code ${schema}}) is one token too, read as a name.
 */
final class SqlTokens {
    enum Type { WORD, QUOTED, STRING, NUMBER, SYMBOL }

    /** One token; {@code start} and {@code end} index the statement text. */
    record Token(Type type, String text, int start, int end) {
        boolean is(String word) {
            return type == Type.WORD && text.equalsIgnoreCase(word);
        }

        boolean isSymbol(char c) {
            return type == Type.SYMBOL && text.length() == 1 && text.charAt(0) == c;
        }

        boolean isName() {
            return type == Type.WORD || type == Type.QUOTED;
        }
    }

    private final String source;
    private final List<Token> tokens;
    private int at;

    private SqlTokens(String source, List<Token> tokens) {
        this.source = source;
        this.tokens = tokens;
    }

    static SqlTokens of(String sql) {
        List<Token> out = new ArrayList<>();
        int n = sql.length();
        int i = 0;
        while (i < n) {
            char c = sql.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
            } else if (c == '-' && i + 1 < n && sql.charAt(i + 1) == '-') {
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '#' ) {
                // a MySQL line comment; postgresql has no '#' outside operators we need to read
                int end = sql.indexOf('\n', i);
                i = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && sql.charAt(i + 1) == '*') {
                int end = sql.indexOf("*/", i + 2);
                i = end < 0 ? n : end + 2;
            } else if (c == '\'') {
                int end = SqlScript.endOfQuoted(sql, i, '\'');
                out.add(new Token(Type.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if ((c == 'E' || c == 'e' || c == 'N' || c == 'n') && i + 1 < n && sql.charAt(i + 1) == '\'') {
                int end = SqlScript.endOfQuoted(sql, i + 1, '\'');
                out.add(new Token(Type.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '"' || c == '`') {
                int end = SqlScript.endOfQuoted(sql, i, c);
                String inner = sql.substring(i + 1, Math.max(i + 1, end - 1));
                out.add(new Token(Type.QUOTED, inner.replace("" + c + c, "" + c), i, end));
                i = end;
            } else if (c == '$' && placeholderEnd(sql, i) > 0) {
                // a placeholder Flyway or Liquibase fills in before the statement runs (${schema}): a name
                int end = placeholderEnd(sql, i);
                out.add(new Token(Type.QUOTED, sql.substring(i, end), i, end));
                i = end;
            } else if (c == '$' && SqlScript.dollarTag(sql, i) != null) {
                String tag = SqlScript.dollarTag(sql, i);
                int close = sql.indexOf(tag, i + tag.length());
                int end = close < 0 ? n : close + tag.length();
                out.add(new Token(Type.STRING, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isLetter(c) || c == '_') {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '_'
                        || sql.charAt(end) == '$')) {
                    end++;
                }
                out.add(new Token(Type.WORD, sql.substring(i, end), i, end));
                i = end;
            } else if (Character.isDigit(c)) {
                int end = i + 1;
                while (end < n && (Character.isLetterOrDigit(sql.charAt(end)) || sql.charAt(end) == '.')) {
                    end++;
                }
                out.add(new Token(Type.NUMBER, sql.substring(i, end), i, end));
                i = end;
            } else {
                out.add(new Token(Type.SYMBOL, String.valueOf(c), i, i + 1));
                i++;
            }
        }
        return new SqlTokens(sql, out);
    }

    /**
     * Where the placeholder at {@code i} ends ({@code ${name}}, the name letters, digits, {@code _ . : -}), or -1
     * when none starts there.
     */
    private static int placeholderEnd(String sql, int i) {
        if (i + 2 >= sql.length() || sql.charAt(i + 1) != '{') {
            return -1;
        }
        int k = i + 2;
        while (k < sql.length() && (Character.isLetterOrDigit(sql.charAt(k)) || "_.:-".indexOf(sql.charAt(k)) >= 0)) {
            k++;
        }
        return k > i + 2 && k < sql.length() && sql.charAt(k) == '}' ? k + 1 : -1;
    }

    boolean atEnd() {
        return at >= tokens.size();
    }

    int position() {
        return at;
    }

    void reset(int position) {
        at = position;
    }

    /** Where the last token read ends in the statement text; 0 before the first. */
    int previousEnd() {
        return at == 0 ? 0 : tokens.get(Math.min(at, tokens.size()) - 1).end();
    }

    Token peek() {
        return peek(0);
    }

    /** The token {@code ahead} places on, or an empty symbol at the end so callers need no bounds checks. */
    Token peek(int ahead) {
        int i = at + ahead;
        return i < tokens.size() ? tokens.get(i) : new Token(Type.SYMBOL, "", source.length(), source.length());
    }

    Token next() {
        Token t = peek();
        at++;
        return t;
    }

    /** Whether the next tokens are {@code words} (case ignored); consumes them only when they all match. */
    boolean accept(String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!peek(k).is(words[k])) {
                return false;
            }
        }
        at += words.length;
        return true;
    }

    boolean acceptSymbol(char c) {
        if (peek().isSymbol(c)) {
            at++;
            return true;
        }
        return false;
    }

    boolean lookingAt(String... words) {
        for (int k = 0; k < words.length; k++) {
            if (!peek(k).is(words[k])) {
                return false;
            }
        }
        return true;
    }

    /** The upper-case word at the cursor, or "" when the token is not a word. */
    String word() {
        return peek().type() == Type.WORD ? peek().text().toUpperCase(Locale.ROOT) : "";
    }

    /**
     * An identifier, possibly schema-qualified ({@code ledger.entries}), quotes removed; unquoted names fold to
     * lower case when {@code fold} (postgresql). Null when the cursor is not on a name.
     */
    String name(boolean fold) {
        if (!peek().isName()) {
            return null;
        }
        StringBuilder out = new StringBuilder(part(next(), fold));
        while (peek().isSymbol('.') && peek(1).isName()) {
            next();
            out.append('.').append(part(next(), fold));
        }
        return out.toString();
    }

    private static String part(Token t, boolean fold) {
        return t.type() == Type.WORD && fold ? t.text().toLowerCase(Locale.ROOT) : t.text();
    }

    /**
     * Skips to just after the parenthesis or bracket that closes the one at the cursor; brackets and parentheses
     * nest in each other ({@code ARRAY[(1, 2)]}, {@code f(a[1], b)}), so no comma inside counts as a separator.
     */
    void skipParenthesised() {
        int depth = 0;
        while (!atEnd()) {
            Token t = next();
            if (t.isSymbol('(') || t.isSymbol('[')) {
                depth++;
            } else if ((t.isSymbol(')') || t.isSymbol(']')) && --depth <= 0) {
                return;
            }
        }
    }

    /** Whether the cursor is on {@code (} or {@code [}, the start of a group {@link #skipParenthesised} skips. */
    boolean atGroup() {
        return peek().isSymbol('(') || peek().isSymbol('[');
    }

    /** The statement text from the token at {@code fromToken} up to (not including) the token at the cursor. */
    String textFrom(int fromToken) {
        if (fromToken >= at || fromToken >= tokens.size()) {
            return "";
        }
        int end = tokens.get(Math.min(at, tokens.size()) - 1).end();
        return source.substring(tokens.get(fromToken).start(), end).strip();
    }

    /** The rest of the statement text from the cursor, consuming it. */
    String rest() {
        int from = at;
        at = tokens.size();
        return textFrom(from);
    }
}
