package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.lint.parse.CreateTableFrom;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.SessionSetting;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.lint.parse.TruncateTables;
import dev.phaseshift.lint.parse.VacuumFull;
import dev.phaseshift.plan.op.AddForeignKey;
import dev.phaseshift.plan.op.DropTable;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A PostgreSQL DDL statement run without {@code lock_timeout} waits for its lock behind any long query, and every
 * query that arrives after it queues behind it: a brief lock becomes an outage. Operations render
 * {@code SET lock_timeout} first; a {@code sql} step must do so itself. Only {@code lock_timeout} itself counts
 * (not {@code app.lock_timeout}), with a value other than 0, which disables it; {@code SET LOCAL} only inside a
 * transaction. A statement that locks only tables created earlier in the plan or file, or a {@code CREATE TABLE}
 * that locks only itself (no foreign key, no {@code PARTITION OF}), needs none: no query waits for them. One
 * finding per step.
 */
public final class MissingLockTimeout implements LintRule {
    private static final Set<String> LOCKING = Set.of("ALTER", "CREATE", "DROP", "TRUNCATE", "LOCK", "REINDEX",
            "CLUSTER", "REFRESH");
    private static final Pattern ZERO = Pattern.compile("^0+(\\.0*)?\\s*(us|ms|s|min|h|d)?$");

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
            ParsedStatement parsed = context.parsed(s);
            for (SessionSetting setting : parsed.settings()) {
                if (setting.reset() && (setting.name().equals("lock_timeout") || setting.name().equals("all"))) {
                    timeout = null;
                } else if (setting.name().equals("lock_timeout") && (!setting.local() || inTransaction)) {
                    // SET LOCAL outside a transaction block has no effect
                    timeout = disables(setting.plainValue()) ? "0" : setting.value();
                }
            }
            if ((timeout == null || timeout.equals("0")) && locks(parsed) && locksATableInUse(context, parsed)) {
                String text = SqlShape.clean(s.text());
                return List.of(finding(context, parsed.target(), "\"" + abbreviate(text) + "\" runs "
                                + (timeout == null ? "without lock_timeout" : "with lock_timeout = 0, which disables it")
                                + ": while it waits for its lock, every query on the table queues behind it",
                        "start the step with SET lock_timeout = '5s' (operations do this) and retry on timeout"));
            }
        }
        return List.of();
    }

    /**
     * Whether the statement takes a table lock worth bounding: DDL, TRUNCATE, LOCK, REINDEX, CLUSTER, VACUUM FULL,
     * REFRESH MATERIALIZED VIEW.
     */
    private static boolean locks(ParsedStatement parsed) {
        if (parsed.has(StatementFlag.CATALOG_ONLY)) {
            // a new schema, type, function, sequence, role...; settings of routines, roles, extensions: no table lock
            return false;
        }
        return LOCKING.contains(parsed.keyword()) || !parsed.commands(VacuumFull.class).isEmpty();
    }

    /**
     * Whether the statement locks a table that may have queries: one from before the plan (or file), a foreign
     * key's referenced table, a new partition's parent. A table created earlier in the plan has none, and a
     * {@code CREATE TABLE}'s own lock is on a table no query can name yet.
     */
    private static boolean locksATableInUse(LintContext context, ParsedStatement parsed) {
        List<String> locked = new ArrayList<>();
        parsed.operations(AddForeignKey.class).forEach(fk -> locked.add(fk.referencesTable()));
        parsed.commands(CreateTableFrom.class).stream()
                .filter(from -> from.form() == CreateTableFrom.Form.PARTITION_OF)
                .forEach(from -> locked.addAll(from.sources()));
        parsed.operations(DropTable.class).forEach(drop -> locked.add(drop.table()));
        parsed.commands(TruncateTables.class).forEach(truncate -> locked.addAll(truncate.tables()));
        if (!(parsed.keyword().equals("CREATE") && parsed.object().equals("TABLE"))) {
            if (parsed.target() == null && locked.isEmpty()) {
                return true;
            }
            if (parsed.target() != null) {
                locked.add(parsed.target());
            }
        }
        return locked.stream().anyMatch(table -> Preexisting.table(context, table));
    }

    /** Whether a value, quotes removed, sets no limit: {@code 0}, {@code 0ms}, {@code DEFAULT} (the server's). */
    private static boolean disables(String value) {
        String v = value.toLowerCase(Locale.ROOT);
        return v.equals("default") || ZERO.matcher(v).matches();
    }

    private static String abbreviate(String text) {
        return text.length() <= 60 ? text : text.substring(0, 57) + "...";
    }
}
