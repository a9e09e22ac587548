package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A statement of a PostgreSQL {@code sql} step that fails when run a second time: a step retried after a lock
 * timeout or a half-done run (a failed {@code CREATE INDEX CONCURRENTLY} leaves an invalid index behind) must be
 * safe to repeat. Typed operations are not reported: the runner records which of their statements ran. A
 * statement inside {@code BEGIN ... COMMIT} is not reported either: on PostgreSQL a failure rolls the whole block
 * back. {@code ADD CONSTRAINT} has no {@code IF NOT EXISTS} on PostgreSQL, so it is always reported outside one.
 */
public final class NonIdempotentStatement implements LintRule {
    private static final Pattern CREATE = Pattern.compile("^CREATE\\s+(?:UNIQUE\\s+)?(TABLE|INDEX)\\b(?:\\s+CONCURRENTLY)?+"
            + "(?!\\s+IF\\s+NOT\\s+EXISTS)", Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP = Pattern.compile("^DROP\\s+(TABLE|INDEX|TYPE)\\b(?:\\s+CONCURRENTLY)?+"
            + "(?!\\s+IF\\s+EXISTS)", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_COLUMN = Pattern.compile("\\bADD\\s+COLUMN\\b(?!\\s+IF\\s+NOT\\s+EXISTS)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_CONSTRAINT = Pattern.compile("\\bADD\\s+CONSTRAINT\\b", Pattern.CASE_INSENSITIVE);
    private static final Pattern ADD_CONSTRAINT_NAME = Pattern.compile("\\bADD\\s+CONSTRAINT\\s+" + SqlShape.NAME,
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_CONSTRAINT = Pattern.compile("\\bDROP\\s+CONSTRAINT\\b(?!\\s+IF\\s+EXISTS)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern DROP_COLUMN = Pattern.compile("\\bDROP\\s+COLUMN\\b(?!\\s+IF\\s+EXISTS)",
            Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "non-idempotent-statement"; }
    @Override public String code() { return "PS116"; }
    @Override public String summary() { return "sql statement that fails when the step is retried"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        if (!(context.operation() instanceof Sql)) {
            return out;
        }
        // inside BEGIN ... COMMIT (or a file run as one transaction) a failing statement rolls the whole block back
        // on postgresql, so running it again starts from a clean slate (mysql commits DDL at once, so there a block
        // protects nothing)
        if (context.writtenSession().filter(s -> s.explicitTransaction().isPresent()
                || s.stepTransaction() && s.whole().file()).isPresent()) {
            return out;
        }
        for (RenderedSql s : context.statements()) {
            String text = SqlShape.clean(s.text());
            String fix = null;
            Matcher m;
            if ((m = CREATE.matcher(text)).find()) {
                fix = "write CREATE " + m.group(1).toUpperCase(Locale.ROOT) + " IF NOT EXISTS";
            } else if ((m = DROP.matcher(text)).find()) {
                fix = "write DROP " + m.group(1).toUpperCase(Locale.ROOT) + " IF EXISTS";
            } else if (text.toUpperCase(Locale.ROOT).startsWith("ALTER TABLE")) {
                fix = ADD_COLUMN.matcher(text).find() ? "write ADD COLUMN IF NOT EXISTS"
                        : DROP_COLUMN.matcher(text).find() ? "write DROP COLUMN IF EXISTS"
                        : DROP_CONSTRAINT.matcher(text).find() ? "write DROP CONSTRAINT IF EXISTS"
                        : ADD_CONSTRAINT.matcher(text).find() && !droppedBefore(context, text) ? "ADD CONSTRAINT has no IF NOT EXISTS: drop it "
                        + "first with DROP CONSTRAINT IF EXISTS in the same transaction, or guard it with a DO block "
                        + "that checks pg_constraint" : null;
            }
            if (fix != null) {
                out.add(finding(context, SqlShape.alteredTable(text).or(() -> SqlShape.indexedTable(text)).orElse(null),
                        "\"" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "\" fails when the "
                                + "step is run again after a partial run", fix));
            }
        }
        return out;
    }

    /**
     * Whether an earlier statement of the session drops the constraint {@code text} adds with {@code IF EXISTS}, the
     * guard that makes adding it again safe.
     */
    private static boolean droppedBefore(LintContext context, String text) {
        Matcher m = ADD_CONSTRAINT_NAME.matcher(text);
        if (!m.find() || context.writtenSession().isEmpty()) {
            return false;
        }
        String name = m.group(1).startsWith("\"") ? SqlShape.unquote(m.group(1)) : m.group(1).toLowerCase(Locale.ROOT);
        WrittenSession session = context.writtenSession().get();
        return session.whole().dropsConstraintIfExistsBefore(name, session.index());
    }
}
