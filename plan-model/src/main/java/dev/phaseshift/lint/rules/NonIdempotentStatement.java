package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.SqlShape;
import dev.phaseshift.lint.WrittenSession;
import dev.phaseshift.lint.parse.AddEnumValue;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lint.parse.StatementFlag;
import dev.phaseshift.plan.op.AddColumn;
import dev.phaseshift.plan.op.CreateIndex;
import dev.phaseshift.plan.op.DropColumn;
import dev.phaseshift.plan.op.DropConstraint;
import dev.phaseshift.plan.op.DropIndex;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A statement of a PostgreSQL {@code sql} step that fails when run a second time: a step retried after a lock
 * timeout or a half-done run (a failed {@code CREATE INDEX CONCURRENTLY} leaves an invalid index behind) must be
 * safe to repeat. For a concurrent index build that means dropping a leftover first ({@code DROP INDEX CONCURRENTLY
 * IF EXISTS}): {@code IF NOT EXISTS} would keep an invalid one as it is. Typed operations are not reported: the
 * runner records which of their statements ran. A statement inside {@code BEGIN ... COMMIT} is not reported either:
 * on PostgreSQL a failure rolls the whole block back. {@code ADD CONSTRAINT} has no {@code IF NOT EXISTS} on
 * PostgreSQL, so it is always reported outside one.
 */
public final class NonIdempotentStatement implements LintRule {
    private static final String FAILS = " fails when the step is run again after a partial run";

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
            ParsedStatement parsed = context.parsed(s);
            if (parsed.has(StatementFlag.CONCURRENTLY) && context.insideTransaction(s)) {
                continue; // it cannot run at all there: concurrent-index-in-transaction says so
            }
            Retry retry = parsed.keyword().equals("CREATE") && parsed.has(StatementFlag.CONCURRENTLY)
                    ? concurrentBuild(context, parsed)
                    : Optional.ofNullable(fix(context, parsed)).map(help -> new Retry(FAILS, help)).orElse(null);
            if (retry != null) {
                String text = SqlShape.clean(s.text());
                String quoted = "\"" + (text.length() <= 60 ? text : text.substring(0, 57) + "...") + "\"";
                out.add(finding(context, parsed.target(), quoted + retry.problem(), retry.help()));
            }
        }
        return out;
    }

    /** Why running a statement again goes wrong, and what makes it safe. */
    private record Retry(String problem, String help) {
    }

    /**
     * {@code CREATE INDEX CONCURRENTLY}: a failed build leaves an invalid index behind, so a retry fails on its name,
     * or, with {@code IF NOT EXISTS}, finds it and builds nothing; only dropping a leftover first is safe. Null when
     * an earlier statement does that.
     */
    private static Retry concurrentBuild(LintContext context, ParsedStatement parsed) {
        if (parsed.operations().isEmpty()) {
            return null;
        }
        String index = parsed.operations(CreateIndex.class).stream().map(CreateIndex::name)
                .filter(n -> n != null).findFirst().orElse(null);
        if (index != null && droppedBefore(context, DropIndex.class, SchemaEdit.bare(index))) {
            return null;
        }
        boolean guarded = parsed.guarded(parsed.operations().get(0));
        return new Retry(guarded ? " is not safe to run again: after a failed concurrent build, IF NOT EXISTS finds "
                + "the invalid index it left and builds nothing" : FAILS,
                "put DROP INDEX CONCURRENTLY IF EXISTS " + (index == null ? "the index" : index) + " before it: a "
                        + "failed concurrent build leaves an invalid index behind, which " + (guarded
                        ? "IF NOT EXISTS keeps as it is (no index that works, and no error)"
                        : "makes the retry fail, and IF NOT EXISTS would keep as it is"));
    }

    /** What makes {@code parsed} safe to run again, or null when it already is (or is not judged). */
    private static String fix(LintContext context, ParsedStatement parsed) {
        String object = parsed.object();
        switch (parsed.keyword()) {
            case "CREATE" -> {
                boolean created = object.equals("TABLE") || object.equals("INDEX");
                if (!created || parsed.operations().isEmpty()) {
                    return null;
                }
                return parsed.guarded(parsed.operations().get(0)) ? null
                        : "write CREATE " + object + " IF NOT EXISTS";
            }
            case "DROP" -> {
                boolean dropped = object.equals("TABLE") || object.equals("INDEX") || object.equals("TYPE");
                return dropped && !parsed.has(StatementFlag.IF_EXISTS) ? "write DROP " + object + " IF EXISTS" : null;
            }
            case "ALTER" -> {
                if (object.equals("TYPE")) {
                    return parsed.commands(AddEnumValue.class).stream().anyMatch(add -> !add.ifNotExists())
                            ? "write ADD VALUE IF NOT EXISTS" : null;
                }
                if (!object.equals("TABLE")) {
                    return null;
                }
                if (unguarded(parsed, AddColumn.class)) {
                    return "write ADD COLUMN IF NOT EXISTS";
                }
                if (unguarded(parsed, DropColumn.class)) {
                    return "write DROP COLUMN IF EXISTS";
                }
                if (unguarded(parsed, DropConstraint.class)) {
                    return "write DROP CONSTRAINT IF EXISTS";
                }
                // a constraint added under its own name fails the second time; an unnamed one gets a new name
                boolean named = parsed.constraints().stream()
                .anyMatch(name -> !droppedBefore(context, DropConstraint.class, name));
                return named ? "ADD CONSTRAINT has no IF NOT EXISTS: drop it first with DROP CONSTRAINT IF EXISTS in "
                        + "the same transaction, or guard it with a DO block that checks pg_constraint" : null;
            }
            default -> {
                return null;
            }
        }
    }

    private static boolean unguarded(ParsedStatement parsed, Class<? extends Operation> type) {
        return parsed.operations(type).stream().anyMatch(op -> !parsed.guarded(op));
    }

    /**
     * Whether an earlier statement of the session drops the constraint or index ({@code type}) {@code name} with
     * {@code IF EXISTS}, the guard that makes creating it again safe.
     */
    private static boolean droppedBefore(LintContext context, Class<? extends Operation> type, String name) {
        if (context.writtenSession().isEmpty()) {
            return false;
        }
        WrittenSession session = context.writtenSession().get();
        return session.whole().dropsIfExistsBefore(type, name, session.index());
    }
}
