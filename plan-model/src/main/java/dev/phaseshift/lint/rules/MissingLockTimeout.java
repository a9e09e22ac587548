package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PostgreSQL DDL statement run without {@code lock_timeout} waits for its lock behind any long query, and every
 * query that arrives after it queues behind it: a brief lock becomes an outage. Operations render
 * {@code SET lock_timeout} first; a {@code sql} step must do so itself. One finding per step.
 */
public final class MissingLockTimeout implements LintRule {
    private static final Pattern LOCKING = Pattern.compile("^(ALTER|CREATE|DROP|TRUNCATE|LOCK|REINDEX|CLUSTER|VACUUM\\s+FULL)"
            + "\\b", Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "missing-lock-timeout"; }
    @Override public String code() { return "PS113"; }
    @Override public String summary() { return "DDL without lock_timeout"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        boolean timeoutSet = false;
        for (RenderedSql s : context.statements()) {
            if (SqlShape.has(s.text(), "lock_timeout")) {
                timeoutSet = true;
            }
            String text = SqlShape.clean(s.text());
            if (!timeoutSet && LOCKING.matcher(text).find()) {
                String table = SqlShape.alteredTable(text).or(() -> SqlShape.indexedTable(text)).orElse(null);
                return List.of(finding(context, table, "\"" + abbreviate(text) + "\" runs without lock_timeout: "
                        + "while it waits for its lock, every query on the table queues behind it",
                        "start the step with SET lock_timeout = '5s' (operations do this) and retry on timeout"));
            }
        }
        return List.of();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
