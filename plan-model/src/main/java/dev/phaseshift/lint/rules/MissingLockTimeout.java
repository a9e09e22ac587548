package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A PostgreSQL DDL statement run without {@code lock_timeout} waits for its lock behind any long query, and every
 * query that arrives after it queues behind it: a brief lock becomes an outage. Operations render
 * {@code SET lock_timeout} first; a {@code sql} step must do so itself. Only {@code lock_timeout} itself counts
 * (not {@code app.lock_timeout}), with a value other than 0, which disables it; {@code SET LOCAL} only inside a
 * transaction. One finding per step.
 */
public final class MissingLockTimeout implements LintRule {
    /** {@code SET [SESSION | LOCAL] lock_timeout = v}; {@code foo.lock_timeout} is another setting. */
    private static final Pattern SET_LOCK_TIMEOUT = Pattern.compile(
            "^SET\\s+(?:SESSION\\s+|(LOCAL)\\s+)?lock_timeout\\s*(?:=|\\bTO\\b)\\s*(.+?)\\s*$", Pattern.CASE_INSENSITIVE);
    private static final Pattern SET_CONFIG = Pattern.compile(
            "\\bset_config\\s*\\(\\s*'lock_timeout'\\s*,\\s*('[^']*')", Pattern.CASE_INSENSITIVE);
    private static final Pattern RESET_LOCK_TIMEOUT = Pattern.compile("^RESET\\s+(lock_timeout|ALL)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ZERO = Pattern.compile("^0+(\\.0*)?\\s*(us|ms|s|min|h|d)?$");
    private static final Pattern LOCKING = Pattern.compile("^(ALTER|CREATE|DROP|TRUNCATE|LOCK|REINDEX|CLUSTER|VACUUM\\s+FULL)"
            + "\\b", Pattern.CASE_INSENSITIVE);

    @Override public String id() { return "missing-lock-timeout"; }
    @Override public String code() { return "PS113"; }
    @Override public String summary() { return "DDL without lock_timeout"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        // null: never set; otherwise the last setting's value, "0" when it disables the timeout
        String timeout = null;
        boolean inTransaction = context.writtenSession().map(WrittenSession::inTransaction).orElse(true);
        for (RenderedSql s : context.statements()) {
            String text = SqlShape.clean(s.text());
            Matcher set = SET_LOCK_TIMEOUT.matcher(text);
            Matcher config = SET_CONFIG.matcher(text);
            if (set.find() && (set.group(1) == null || inTransaction)) {
                // SET LOCAL outside a transaction block has no effect
                timeout = disables(set.group(2)) ? "0" : set.group(2);
            } else if (config.find()) {
                timeout = disables(config.group(1)) ? "0" : config.group(1);
            } else if (RESET_LOCK_TIMEOUT.matcher(text).find()) {
                timeout = null;
            }
            if ((timeout == null || timeout.equals("0")) && LOCKING.matcher(text).find()) {
                String table = SqlShape.alteredTable(text).or(() -> SqlShape.indexedTable(text)).orElse(null);
                return List.of(finding(context, table, "\"" + abbreviate(text) + "\" runs "
                                + (timeout == null ? "without lock_timeout" : "with lock_timeout = 0, which disables it")
                                + ": while it waits for its lock, every query on the table queues behind it",
                        "start the step with SET lock_timeout = '5s' (operations do this) and retry on timeout"));
            }
        }
        return List.of();
    }

    /** Whether a written value sets no limit: {@code 0}, {@code '0'}, {@code '0ms'}, {@code DEFAULT} (server's). */
    private static boolean disables(String value) {
        String v = value.replace("'", "").replace("\"", "").trim().toLowerCase(Locale.ROOT);
        return v.equals("default") || ZERO.matcher(v).matches();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
