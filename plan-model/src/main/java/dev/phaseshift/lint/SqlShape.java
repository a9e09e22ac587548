package dev.phaseshift.lint;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReferenceArray;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What is left of reading SQL with patterns, now that rules and the lock model judge parsed statements
 * ({@link dev.phaseshift.lint.parse.ParsedStatements}):
 * <ul>
 *   <li>{@link #clean} and {@link #unquote}: a statement's text on one line without comments, for messages, and a
 *       written name without its quotes; there is nothing to parse in either.</li>
 *   <li>{@link #has}: whether a PostgreSQL {@code DO} block commits (code no rule parses). Everything else the
 *       lock model judges as the parser read it:
 *       {@code ALTER TABLE} action by action ({@link dev.phaseshift.lint.parse.AlterAction}), created, dropped and
 *       renamed tables and views by their operations, triggers and inserts by their target, and what a query or a
 *       view reads by {@link dev.phaseshift.lint.parse.TablesRead}. No lint rule matches a pattern against a
 *       statement any more.</li>
 * </ul>
 * Comments are removed first; identifiers are unquoted.
 */
public final class SqlShape {
    private static final String IDENT = "(?:\"(?:[^\"]|\"\")+\"|`(?:[^`]|``)+`|[A-Za-z_][A-Za-z0-9_$]*)";
    private static final Pattern IDENT_PATTERN = Pattern.compile(IDENT);
    private static final Pattern BLOCK_COMMENT = Pattern.compile("(?s)/\\*.*?\\*/");
    private static final Pattern LINE_COMMENT = Pattern.compile("--[^\\n]*");
    /** The patterns of {@link #has}, by the words rules ask for (a fixed, small set). */
    private static final Map<String, Pattern> WORDS = new ConcurrentHashMap<>();

    private SqlShape() {
    }

    /**
     * The last statements cleaned and their clean forms, by identity: rules ask for the same few statements (a
     * step's settings and the statement itself) one after the other. Each slot is replaced whole, so threads that
     * lint in parallel see a pair or nothing.
     */
    private static final AtomicReferenceArray<Cleaned> RECENT = new AtomicReferenceArray<>(8);
    private static final AtomicInteger NEXT = new AtomicInteger();

    private record Cleaned(String sql, String clean) {
    }

    /** The statement without comments, whitespace collapsed. */
    public static String clean(String sql) {
        for (int i = 0; i < RECENT.length(); i++) {
            Cleaned memo = RECENT.get(i);
            if (memo != null && (memo.sql() == sql || memo.clean() == sql)) {
                return memo.clean();
            }
        }
        String out = cleaned(sql);
        RECENT.set(Math.floorMod(NEXT.getAndIncrement(), RECENT.length()), new Cleaned(sql, out));
        return out;
    }

    private static String cleaned(String sql) {
        // rules clean every statement several times: skip the comment patterns when there is no comment
        String s = sql.indexOf("/*") < 0 ? sql : BLOCK_COMMENT.matcher(sql).replaceAll(" ");
        s = s.indexOf("--") < 0 ? s : LINE_COMMENT.matcher(s).replaceAll(" ");
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\u000B') {
                space = true;
            } else {
                if (space) {
                    out.append(' ');
                    space = false;
                }
                out.append(c);
            }
        }
        return out.toString().trim();
    }

    /** {@code "public"."orders"} as {@code public.orders}. */
    public static String unquote(String name) {
        StringBuilder out = new StringBuilder();
        Matcher m = IDENT_PATTERN.matcher(name);
        while (m.find()) {
            String part = m.group();
            if (part.startsWith("\"") || part.startsWith("`")) {
                String q = part.substring(0, 1);
                part = part.substring(1, part.length() - 1).replace(q + q, q);
            }
            out.append(out.length() == 0 ? "" : ".").append(part);
        }
        return out.toString();
    }

    /** Whether the statement, comments removed, contains {@code words} (case and spacing ignored). */
    public static boolean has(String sql, String words) {
        return WORDS.computeIfAbsent(words, w -> Pattern.compile("\\b" + w.trim().replace(" ", "\\s+") + "\\b",
                Pattern.CASE_INSENSITIVE)).matcher(clean(sql)).find();
    }
}
