package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.WrittenColumn;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * PostgreSQL's {@code json} type has no equality operator: once a table that running code queries gets a json
 * column, its {@code SELECT DISTINCT}, {@code UNION} and {@code GROUP BY} over whole rows fail with "could not
 * identify an equality operator for type json". {@code jsonb} has one, and indexes.
 */
public final class JsonColumn implements LintRule {
    @Override public String id() { return "json-column"; }
    @Override public String code() { return "PS146"; }
    @Override public String summary() { return "json column added to an existing table (no equality operator)"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            if (parsed.target() == null || context.tableBefore(parsed.target()).isEmpty()) {
                continue;
            }
            for (WrittenColumn c : parsed.columns()) {
                String type = c.spec().type().toLowerCase(Locale.ROOT).replace("pg_catalog.", "").strip();
                if (type.equals("json") || type.equals("json[]")) {
                    out.add(finding(context, parsed.target(), "column \"" + c.name() + "\" of type " + type
                                    + " is added to existing table \"" + parsed.target() + "\": json has no equality "
                                    + "operator, so the application's SELECT DISTINCT, UNION and GROUP BY over its "
                                    + "rows start failing",
                            "use jsonb, which compares, indexes and stores parsed"));
                }
            }
        }
        return out;
    }
}
