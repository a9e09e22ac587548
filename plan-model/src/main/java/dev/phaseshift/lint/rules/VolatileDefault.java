package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import java.util.regex.Pattern;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A column added with a default to a PostgreSQL table with rows rewrites the table under an ACCESS EXCLUSIVE lock
 * before 11, and on 11+ still does when the default is volatile ({@code random()}, {@code clock_timestamp()},
 * {@code gen_random_uuid()}...): only a constant or stable default is stored once in the catalog.
 */
public final class VolatileDefault implements LintRule {
    private static final Pattern VOLATILE = Pattern.compile("\\b(random|clock_timestamp|timeofday|gen_random_uuid"
            + "|uuid_generate_v[14]|uuid_generate_v1mc|nextval|statement_timestamp|txid_current|setseed)\\s*\\(",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DEFAULT = Pattern.compile("\\bDEFAULT\\s+(.+)$", Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "volatile-default"; }
    @Override public String code() { return "PS106"; }
    @Override public String summary() { return "column added with a default that rewrites the table"; }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        for (RenderedSql s : context.statements()) {
            var table = SqlShape.alteredTable(s.text()).flatMap(context::tableWithRows);
            if (table.isEmpty()) {
                continue;
            }
            for (SqlShape.AddedColumn c : SqlShape.addedColumns(s.text())) {
                var m = DEFAULT.matcher(c.definition());
                if (!m.find()) {
                    continue;
                }
                String value = m.group(1).trim();
                String t = table.get().name();
                if (!context.dialect().constantDefaultIsMetadataOnly()) {
                    out.add(finding(context, t, "adding column \"" + c.name() + "\" with DEFAULT " + value
                                    + " rewrites all " + LintContext.rows(table.get()) + " of table \"" + t
                                    + "\" under an ACCESS EXCLUSIVE lock on postgresql " + context.dialect().major(),
                            "add it without a default, set the default in a later step, backfill in batches "
                                    + "(postgresql 11+ stores a constant default without a rewrite)"));
                } else if (VOLATILE.matcher(value).find()) {
                    out.add(finding(context, t, "adding column \"" + c.name() + "\" with the volatile DEFAULT "
                                    + value + " rewrites all " + LintContext.rows(table.get()) + " of table \"" + t
                                    + "\" under an ACCESS EXCLUSIVE lock",
                            "add it without a default (or with a constant one), set_default, then backfill in "
                                    + "batches"));
                }
            }
        }
        return out;
    }
}
