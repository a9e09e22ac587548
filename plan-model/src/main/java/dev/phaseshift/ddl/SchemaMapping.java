package dev.phaseshift.ddl;

import java.util.Map;
import java.util.Objects;

/**
 * Which schema of a snapshot lands in which schema of the target database. MySQL needs it whenever the target
 * database has another name than the one read: there the schema is the database, and the server prints view
 * definitions with every table qualified by it ({@code `shop`.`orders`}), so those qualifiers are rewritten too.
 *
 * @param targets source schema name → target schema name; schemas not listed keep their name
 */
public record SchemaMapping(Map<String, String> targets) {
    public static final SchemaMapping IDENTITY = new SchemaMapping(Map.of());

    public SchemaMapping {
        targets = Map.copyOf(Objects.requireNonNull(targets, "targets"));
    }

    public static SchemaMapping of(String from, String to) {
        return new SchemaMapping(Map.of(from, to));
    }

    /** The schema an object of {@code schema} is created in; null (unqualified) stays null. */
    public String target(String schema) {
        return schema == null ? null : targets.getOrDefault(schema, schema);
    }

    /**
     * {@code text} with every qualifier {@code `source`.} replaced by {@code `target`.}, for server-printed
     * MySQL view definitions and trigger bodies. Only the back-quoted, dot-followed form is touched, so string
     * literals and column names that happen to equal a schema name stay as they are.
     */
    public String requalifyBackquoted(String text) {
        if (text == null || targets.isEmpty()) {
            return text;
        }
        String result = text;
        for (Map.Entry<String, String> e : targets.entrySet()) {
            result = result.replace(backquoted(e.getKey()) + ".", backquoted(e.getValue()) + ".");
        }
        return result;
    }

    /**
     * {@code text}, a MySQL statement as written, with every qualifier naming a mapped schema replaced: back-quoted
     * ({@code `shop`.orders}) and bare ({@code shop.orders}) alike, because a user's own text need not quote.
     * String literals and comments are left alone, and so is a name after a dot (a column of a table that happens
     * to be called like the schema).
     */
    public String requalifyWritten(String text) {
        if (text == null || targets.isEmpty()) {
            return text;
        }
        StringBuilder out = new StringBuilder(text.length());
        int i = 0;
        int n = text.length();
        char previous = 0;
        while (i < n) {
            char ch = text.charAt(i);
            int end;
            if (ch == '\'' || ch == '"') {
                end = quotedEnd(text, i, ch, true);
            } else if (ch == '#' || (ch == '-' && text.startsWith("-- ", i))) {
                int eol = text.indexOf('\n', i);
                end = eol < 0 ? n : eol;
            } else if (ch == '/' && text.startsWith("/*", i)) {
                int close = text.indexOf("*/", i + 2);
                end = close < 0 ? n : close + 2;
            } else if (ch == '`' || isWordChar(ch)) {
                boolean quoted = ch == '`';
                end = quoted ? quotedEnd(text, i, '`', false) : wordEnd(text, i);
                String word = quoted ? text.substring(i + 1, Math.max(i + 1, end - 1)).replace("``", "`")
                        : text.substring(i, end);
                String target = targets.get(word);
                if (target != null && previous != '.' && end < n && text.charAt(end) == '.') {
                    out.append(quoted || !isPlain(target) ? backquoted(target) : target);
                    previous = 'x';
                    i = end;
                    continue;
                }
            } else {
                end = i + 1;
            }
            out.append(text, i, end);
            if (!Character.isWhitespace(ch)) {
                previous = text.charAt(end - 1) == '`' ? 'x' : text.charAt(end - 1);
            }
            i = end;
        }
        return out.toString();
    }

    /** The index after the closing quote; a doubled quote and (in strings) a backslash escape do not close. */
    private static int quotedEnd(String text, int start, char quote, boolean backslash) {
        int i = start + 1;
        while (i < text.length()) {
            char ch = text.charAt(i);
            if (backslash && ch == '\\') {
                i += 2;
            } else if (ch == quote) {
                if (i + 1 < text.length() && text.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return text.length();
    }

    private static int wordEnd(String text, int start) {
        int i = start;
        while (i < text.length() && isWordChar(text.charAt(i))) {
            i++;
        }
        return i;
    }

    private static boolean isWordChar(char ch) {
        return Character.isLetterOrDigit(ch) || ch == '_' || ch == '$';
    }

    private static boolean isPlain(String name) {
        return !name.isEmpty() && name.chars().allMatch(c -> isWordChar((char) c))
                && !Character.isDigit(name.charAt(0));
    }

    private static String backquoted(String name) {
        return "`" + name.replace("`", "``") + "`";
    }
}
