package dev.phaseshift.lint.parse;

import dev.phaseshift.schema.Engine;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The tables and views a query reads, as written: every name after {@code FROM} or {@code JOIN} (also
 * {@code FROM ONLY t}, {@code JOIN LATERAL}), in the query itself and in its subqueries and CTEs. Read from tokens,
 * so names inside strings and comments do not count, and neither does the {@code FROM} of {@code extract(x FROM y)},
 * {@code substring(s FROM 2)} or {@code IS DISTINCT FROM}. A CTE's own name is left out.
 */
public final class TablesRead {
    /** Words that may follow a relation in FROM and are no alias. */
    private static final Set<String> CLAUSES = Set.of("WHERE", "JOIN", "ON", "USING", "LEFT", "RIGHT", "INNER",
            "FULL", "CROSS", "NATURAL", "OUTER", "GROUP", "ORDER", "LIMIT", "OFFSET", "HAVING", "WINDOW", "UNION",
            "EXCEPT", "INTERSECT", "FOR", "FETCH", "TABLESAMPLE", "LATERAL", "STRAIGHT_JOIN", "RETURNING", "SET");

    private TablesRead() {
    }

    /**
     * The table a PostgreSQL {@code DO} block updates ({@code UPDATE [ONLY] t SET} in its body), the first one, or
     * null: the body is read as tokens, as the block's own statements.
     */
    public static String updatedInBlock(String sql) {
        for (SqlTokens.Token body : bodies(SqlTokens.of(sql))) {
            SqlTokens inner = SqlTokens.of(body.text().replaceAll("^\\$[A-Za-z_0-9]*\\$|\\$[A-Za-z_0-9]*\\$$", ""));
            while (!inner.atEnd()) {
                if (inner.next().is("UPDATE")) {
                    inner.accept("ONLY");
                    String name = inner.name(true);
                    if (name != null && inner.lookingAt("SET")) {
                        return name;
                    }
                }
            }
        }
        return null;
    }

    private static List<SqlTokens.Token> bodies(SqlTokens tokens) {
        List<SqlTokens.Token> out = new ArrayList<>();
        while (!tokens.atEnd()) {
            SqlTokens.Token t = tokens.next();
            if (t.type() == SqlTokens.Type.STRING && t.text().startsWith("$")) {
                out.add(t);
            }
        }
        return out;
    }

    /** The relations {@code sql} reads, first-seen order, each once; names fold as {@code engine} folds them. */
    public static List<String> of(String sql, Engine engine) {
        boolean fold = engine == Engine.POSTGRESQL;
        SqlTokens tokens = SqlTokens.of(sql);
        List<String> out = new ArrayList<>();
        List<String> ctes = new ArrayList<>();
        // per open parenthesis: whether it holds a query (a subquery) rather than an expression or argument list
        Deque<Boolean> groups = new ArrayDeque<>();
        SqlTokens.Token previous = null;
        while (!tokens.atEnd()) {
            SqlTokens.Token t = tokens.peek();
            if (t.isSymbol('(')) {
                tokens.next();
                groups.push(tokens.lookingAt("SELECT") || tokens.lookingAt("WITH") || tokens.lookingAt("VALUES"));
                previous = t;
                continue;
            }
            if (t.isSymbol(')')) {
                tokens.next();
                if (!groups.isEmpty()) {
                    groups.pop();
                }
                previous = t;
                continue;
            }
            boolean inQuery = groups.isEmpty() || groups.peek();
            if (t.isName() && tokens.peek(1).is("AS") && tokens.peek(2).isSymbol('(')
                    && (previous == null || previous.is("WITH") || previous.is("RECURSIVE") || previous.isSymbol(','))) {
                ctes.add(fold && t.type() == SqlTokens.Type.WORD ? t.text().toLowerCase(Locale.ROOT) : t.text());
            }
            if (inQuery && (t.is("FROM") && !(previous != null && previous.is("DISTINCT")) || t.is("JOIN"))) {
                tokens.next();
                tokens.accept("ONLY");
                tokens.accept("LATERAL");
                // FROM a [AS] x, b y: each relation of a comma list
                while (tokens.peek().isName() && !tokens.peek().is("SELECT")) {
                    String name = tokens.name(fold);
                    if (name != null && !ctes.contains(name) && !out.contains(name)) {
                        out.add(name);
                    }
                    if (tokens.accept("AS")) {
                        tokens.next();
                    } else if (tokens.peek().type() == SqlTokens.Type.WORD
                            && !CLAUSES.contains(tokens.peek().text().toUpperCase(Locale.ROOT))) {
                        tokens.next();
                    }
                    if (!tokens.peek().isSymbol(',') || !tokens.peek(1).isName()) {
                        break;
                    }
                    tokens.next();
                }
                previous = t;
                continue;
            }
            previous = tokens.next();
        }
        return out;
    }
}
