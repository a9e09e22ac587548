package dev.phaseshift.ddl;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes PostgreSQL's printed form of a cast array of literals parse back to the same expression.
 *
 * <p>{@code varchar_column IN ('a', 'b')} is stored as an array coercion and printed as
 * {@code (col)::text = ANY ((ARRAY['a'::character varying, 'b'::character varying])::text[])}. Parsed again, that
 * text means something else: a cast written directly on an {@code ARRAY[...]} constructor is pushed into its
 * elements, giving {@code ARRAY[('a'::character varying)::text, ...]} — the same condition, but another expression
 * in the catalog, in {@code pg_dump} and in the next snapshot. Writing the element type's array cast first,
 * {@code ARRAY['a'::character varying, ...]::character varying[]::text[]}, keeps the outer cast on the array and
 * prints back exactly as the original.
 */
final class ArrayCastSpelling {

    private static final String ARRAY = "ARRAY[";
    private static final Pattern CAST = Pattern.compile("^::([a-z][a-z0-9_ ]*(?:\\([0-9, ]+\\))?)\\[]");
    private static final Pattern ELEMENT = Pattern.compile("^'(?:[^']|'')*'::([a-z][a-z0-9_ ]*)$");

    private ArrayCastSpelling() {
    }

    /**
     * {@code sql} with every {@code (ARRAY[lit::S, ...])::T[]} (as {@code pg_get_constraintdef} prints it) and
     * every {@code ARRAY[lit::S, ...]::T[]} (as the pretty-printing {@code pg_get_expr} does) spelled
     * {@code ARRAY[lit::S, ...]::S[]::T[]}; anything else, including text already spelled so, stays as it is.
     */
    static String reparseable(String sql) {
        if (sql == null || !sql.contains(ARRAY)) {
            return sql;
        }
        StringBuilder out = new StringBuilder();
        int from = 0;
        int at;
        while ((at = sql.indexOf(ARRAY, from)) >= 0) {
            int close = closingBracket(sql, at + ARRAY.length());
            // "(ARRAY[...])::T[]", or "ARRAY[...]::T[]" (whose opening parenthesis, if any, is someone else's)
            boolean parenthesised = close >= 0 && at > 0 && sql.charAt(at - 1) == '('
                    && sql.startsWith(")::", close + 1);
            int castAt = close < 0 ? -1 : parenthesised ? close + 2 : close + 1;
            Matcher cast = castAt < 0 ? null : CAST.matcher(sql.substring(castAt));
            String elementType = cast == null || !cast.find() ? null
                    : elementType(sql.substring(at + ARRAY.length(), close));
            if (elementType == null || elementType.equals(cast.group(1))) {
                out.append(sql, from, at + ARRAY.length());
                from = at + ARRAY.length();
                continue;
            }
            int begin = parenthesised ? at - 1 : at;
            out.append(sql, from, begin).append(sql, at, close + 1).append("::").append(elementType).append("[]::")
                    .append(cast.group(1)).append("[]");
            from = castAt + cast.end();
        }
        return out.append(sql.substring(from)).toString();
    }

    /** The type all elements are literals cast to, or null when they are not. */
    private static String elementType(String elements) {
        String type = null;
        for (String element : split(elements)) {
            Matcher m = ELEMENT.matcher(element.strip());
            if (!m.matches() || (type != null && !type.equals(m.group(1)))) {
                return null;
            }
            type = m.group(1);
        }
        return type;
    }

    /** Index of the {@code ]} that closes a bracket opened just before {@code start}, skipping string literals. */
    private static int closingBracket(String sql, int start) {
        int depth = 1;
        boolean quoted = false;
        for (int i = start; i < sql.length(); i++) {
            char c = sql.charAt(i);
            if (c == '\'') {
                quoted = !quoted; // a doubled quote toggles twice
            } else if (!quoted && c == '[') {
                depth++;
            } else if (!quoted && c == ']' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    /** Top-level comma-separated parts, string literals kept whole. */
    private static List<String> split(String elements) {
        List<String> parts = new ArrayList<>();
        boolean quoted = false;
        int depth = 0;
        int start = 0;
        for (int i = 0; i < elements.length(); i++) {
            char c = elements.charAt(i);
            if (c == '\'') {
                quoted = !quoted;
            } else if (!quoted && (c == '(' || c == '[')) {
                depth++;
            } else if (!quoted && (c == ')' || c == ']')) {
                depth--;
            } else if (!quoted && depth == 0 && c == ',') {
                parts.add(elements.substring(start, i));
                start = i + 1;
            }
        }
        parts.add(elements.substring(start));
        return parts;
    }
}
