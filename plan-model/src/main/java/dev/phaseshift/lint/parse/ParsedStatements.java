package dev.phaseshift.lint.parse;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Every statement of one run — a lint, a lock analysis, or both for one plan check — parsed once: the linter, its
 * rules and the lock rules ask here rather than parsing the text again. A statement rendered by a typed operation
 * and the same statement read from a file are one text, so they share one reading; the key is the engine and the
 * text (the parse depends on nothing else). Readings are at line 1 of their text; a script's statements carry
 * their line in the script. Safe to share between threads.
 */
public final class ParsedStatements {
    private final Map<String, ParsedStatement> postgres = new ConcurrentHashMap<>();
    private final Map<String, ParsedStatement> mysql = new ConcurrentHashMap<>();
    private final SqlStatementParser postgresParser = SqlStatementParser.forEngine(Engine.POSTGRESQL);
    private final SqlStatementParser mysqlParser = SqlStatementParser.forEngine(Engine.MYSQL);

    /** One statement, without its semicolon, as the parser of {@code engine} reads it. */
    public ParsedStatement of(Engine engine, String text) {
        Map<String, ParsedStatement> known = engine == Engine.POSTGRESQL ? postgres : mysql;
        ParsedStatement found = known.get(text);
        if (found == null) {
            found = (engine == Engine.POSTGRESQL ? postgresParser : mysqlParser).parse(text, 1);
            ParsedStatement raced = known.putIfAbsent(text, found);
            found = raced != null ? raced : found;
        }
        return found;
    }

    /** Every statement of a script (a {@code sql} step's {@code up}), with its line in the script. */
    public List<ParsedStatement> script(Engine engine, String script) {
        List<ParsedStatement> out = new ArrayList<>();
        for (SqlStatement s : SqlScript.split(script)) {
            ParsedStatement parsed = of(engine, s.text());
            out.add(s.line() == 1 ? parsed : parsed.withLine(s.line()));
        }
        return out;
    }

    /**
     * Keeps a reading made elsewhere (a file read statement by statement, with lines in the file), so that asking
     * for its text later does not parse it again.
     */
    public void remember(Engine engine, ParsedStatement parsed) {
        (engine == Engine.POSTGRESQL ? postgres : mysql).putIfAbsent(parsed.text(),
                parsed.line() == 1 ? parsed : parsed.withLine(1));
    }
}
