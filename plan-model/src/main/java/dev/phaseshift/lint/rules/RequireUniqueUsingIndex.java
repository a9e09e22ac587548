package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code ADD CONSTRAINT ... UNIQUE (...)}, {@code ADD CONSTRAINT ... PRIMARY KEY (...)} or a bare
 * {@code ADD PRIMARY KEY (...)} on a PostgreSQL table with rows builds its index under an ACCESS EXCLUSIVE lock: no
 * reads or writes until every row is indexed. {@code add_unique} builds the index concurrently first and attaches
 * it with {@code USING INDEX}, which only takes a brief lock; a primary key is attached the same way. A key written
 * inline on {@code ADD COLUMN ... UNIQUE} or {@code PRIMARY KEY} is reported too.
 */
public final class RequireUniqueUsingIndex implements LintRule {
    private static final Pattern KEY = Pattern.compile("\\bADD\\s+(?:CONSTRAINT\\s+" + SqlShape.NAME
            + "\\s+)?(UNIQUE|PRIMARY\\s+KEY)\\s*\\(", Pattern.CASE_INSENSITIVE);

    private static final Pattern INLINE_KEY = Pattern.compile("\\b(UNIQUE|PRIMARY\\s+KEY)\\b", Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "require-unique-using-index"; }
    @Override public String code() { return "PS114"; }
    @Override public String summary() { return "unique or primary key built under an ACCESS EXCLUSIVE lock"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            for (SqlShape.AddedColumn c : SqlShape.addedColumns(s.text())) {
                Matcher inline = INLINE_KEY.matcher(c.definition().replaceAll("'(?:[^']|'')*'", "''"));
                if (!inline.find()) {
                    continue;
                }
                String kind = inline.group(1).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
                SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows).ifPresent(t -> out.add(finding(
                        context, t.name(), kind + " on column \"" + c.name() + "\" added to table \"" + t.name()
                                + "\" (" + LintContext.rows(t) + ") builds its index under an ACCESS EXCLUSIVE lock: no "
                                + "reads or writes until it is done",
                        "add the column without " + kind + ", CREATE UNIQUE INDEX CONCURRENTLY on it, then ADD "
                                + "CONSTRAINT ... " + kind + " USING INDEX")));
            }
            var m = KEY.matcher(SqlShape.clean(s.text()));
            if (!m.find()) {
                continue;
            }
            String kind = m.group(2).toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
            SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows).ifPresent(t -> out.add(finding(context,
                    t.name(), kind + " on table \"" + t.name() + "\" (" + LintContext.rows(t) + ") builds its index "
                            + "under an ACCESS EXCLUSIVE lock: no reads or writes until it is done",
                    "CREATE UNIQUE INDEX CONCURRENTLY first, then ADD CONSTRAINT ... " + kind + " USING INDEX "
                            + (kind.equals("UNIQUE") ? "(add_unique does this)"
                            : "(create_index with unique: true builds it; a sql step attaches it)"))));
        }
        return out;
    }
}
