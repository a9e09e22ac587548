package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.MoveIndex;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.SessionSetting;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A step whose long part runs under a lock that blocks writes, with nothing to stop it when it overruns.
 * {@code lock_timeout} (PS113) bounds only the wait for a lock, not how long it is held once granted.
 *
 * <p>PostgreSQL: a statement that scans or rewrites a table with rows under a blocking lock (what
 * require-not-valid, set-not-null-scan, volatile-default, type-change-rewrite, adding-generated-column and
 * table-rewrite-under-lock report)
 * in a step that does not first set a non-zero {@code statement_timeout}. Index builds are left out: a timeout
 * cancelling {@code CREATE INDEX CONCURRENTLY} leaves an invalid index behind.
 *
 * <p>MySQL/MariaDB: a step that copies or rebuilds a table (what mysql-algorithm-copy, adding-generated-column and
 * mysql-table-rebuild report) must first set {@code lock_wait_timeout} (default: a year), which bounds the wait
 * for the metadata lock during which every later query on the table queues behind the {@code ALTER}. On MySQL
 * nothing bounds the copy itself ({@code max_execution_time} applies to {@code SELECT} only); MariaDB's
 * {@code max_statement_time} does stop an {@code ALTER TABLE}, wait included, so it is accepted there too.
 */
public final class MissingStatementTimeout implements LintRule {
    private static final List<LintRule> POSTGRES_LONG_PARTS = List.of(new RequireNotValid(), new SetNotNullScan(),
            new VolatileDefault(), new TypeChangeRewrite(), new AddingGeneratedColumn(), new TableRewriteUnderLock());
    private static final List<LintRule> MYSQL_LONG_PARTS = List.of(new MysqlAlgorithmCopy(),
            new AddingGeneratedColumn(), new MysqlTableRebuild());
    private static final Pattern ZERO = Pattern.compile("0+");

    @Override public String id() { return "missing-statement-timeout"; }
    @Override public String code() { return "PS120"; }
    @Override public String summary() { return "long DDL without statement_timeout (PostgreSQL) or lock_wait_timeout (MySQL)"; }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL, Engine.MYSQL); }

    @Override
    public boolean summarizes() {
        return true;
    }

    /** Alone (without the linter), runs the rules whose findings it summarizes. */
    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> others = new ArrayList<>();
        for (LintRule rule : context.dialect().postgres() ? POSTGRES_LONG_PARTS : MYSQL_LONG_PARTS) {
            if (rule.engines().contains(context.engine())) {
                others.addAll(rule.check(context));
            }
        }
        return summarize(context, others);
    }

    @Override
    public List<Finding> summarize(LintContext context, List<Finding> others) {
        boolean postgres = context.dialect().postgres();
        List<LintRule> parts = postgres ? POSTGRES_LONG_PARTS : MYSQL_LONG_PARTS;
        // the first long part in the order of the parts, as before
        Finding first = null;
        int rank = Integer.MAX_VALUE;
        for (Finding f : others) {
            if (f.object() == null) {
                continue;
            }
            for (int i = 0; i < rank && i < parts.size(); i++) {
                if (parts.get(i).id().equals(f.ruleId())) {
                    first = f;
                    rank = i;
                }
            }
        }
        if (first == null || (postgres ? setBeforeWork(context, "statement_timeout")
                : setBeforeWork(context, "lock_wait_timeout")
                || context.dialect().mariadb() && setBeforeWork(context, "max_statement_time"))) {
            return List.of();
        }
        String table = first.object();
        if (postgres) {
            // ALTER INDEX ... SET TABLESPACE copies an index (whose table waits with it)
            boolean index = WrittenCommands.of(context, MoveIndex.class).stream()
                    .anyMatch(m -> SchemaEdit.bare(m.index()).equals(table));
            return List.of(finding(context, table, "the step rewrites or scans " + (index ? "index" : "table")
                            + " \"" + table + "\" under a "
                            + "lock that blocks writes and sets no statement_timeout: if it runs longer than "
                            + "planned, nothing stops it (lock_timeout only bounds the wait for the lock)",
                    "start the step with SET statement_timeout set above the duration measured on a copy, next "
                            + "to lock_timeout, so an overrun rolls back instead of blocking for hours"));
        }
        boolean mariadb = context.dialect().mariadb();
        return List.of(finding(context, table, "the step copies or rebuilds table \"" + table + "\" and sets no "
                        + "lock_wait_timeout" + (mariadb ? " or max_statement_time" : "") + ": the ALTER waits "
                        + "for its metadata lock behind any open transaction for up to a year, and every later "
                        + "query on the table queues behind it"
                        + (mariadb ? "" : " (max_execution_time does not apply to DDL)"),
                "start the step with SET SESSION lock_wait_timeout = 5 and retry on timeout"
                        + (mariadb ? "; SET SESSION max_statement_time also stops the copy itself once it runs "
                        + "too long" : "; nothing times out the copy itself, so run long changes with gh-ost or "
                        + "pt-online-schema-change")));
    }

    /** Whether {@code setting} is set to a non-zero value before the first statement that is not a {@code SET}. */
    private static boolean setBeforeWork(LintContext context, String setting) {
        for (RenderedSql s : context.statements()) {
            ParsedStatement parsed = context.parsed(s);
            if (!parsed.keyword().equals("SET")) {
                return false;
            }
            for (SessionSetting made : parsed.settings()) {
                if (made.name().equals(setting) && !ZERO.matcher(made.plainValue()).matches()) {
                    return true;
                }
            }
        }
        return false;
    }
}
