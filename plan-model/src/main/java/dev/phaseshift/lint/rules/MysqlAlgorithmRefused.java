package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.ParsedStatement;
import dev.phaseshift.lock.Effect;
import dev.phaseshift.lock.LockModel;
import dev.phaseshift.lock.StatementLocks;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A MySQL/MariaDB {@code ALTER TABLE} (or {@code CREATE INDEX}) that asks for an {@code ALGORITHM} or {@code LOCK}
 * weaker than its change needs — {@code ALGORITHM=INSTANT} for a type change, {@code LOCK=NONE} for a
 * {@code FULLTEXT} index, {@code ALGORITHM=COPY, LOCK=NONE} — is refused by the server: it fails, the migration
 * stops there, and the statements before it in the file have already run. What the change needs is the lock model's
 * answer for the statement in its session ({@code foreign_key_checks} counts), the same one the other MySQL rules
 * read.
 */
public final class MysqlAlgorithmRefused implements LintRule {
    @Override public String id() { return "mysql-algorithm-refused"; }
    @Override public String code() { return "PS150"; }
    @Override public String summary() {
        return "ALGORITHM or LOCK weaker than the change needs: the server refuses it";
    }
    @Override public Severity defaultSeverity() { return Severity.ERROR; }
    @Override public Set<Engine> engines() { return Set.of(Engine.MYSQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        List<ParsedStatement> parsed = context.parsed();
        // a written statement is judged once, as itself, on the schema before it (not once per typed operation)
        boolean asItself = context.writtenStatement().isEmpty() || context.operation() instanceof Sql;
        if (!asItself || parsed.stream().noneMatch(p -> p.algorithm() != null || p.lock() != null)) {
            return out;
        }
        List<StatementLocks> locks = LockModel.statements(context.dialect(), context.initial(), context.before(),
                context.step(), context.statements());
        for (int i = 0; i < locks.size(); i++) {
            StatementLocks s = locks.get(i);
            if (s.effect() == Effect.REFUSED) {
                String table = parsed.get(i).target();
                out.add(finding(context, table == null ? null : SchemaEdit.bare(table), s.note() + ": the "
                                + "statement fails, and the migration stops at it with the statements before it "
                                + "already run",
                        "leave out the ALGORITHM/LOCK clause and let the server choose (mysql-algorithm-copy and "
                                + "mysql-write-blocking-index say what that costs), or run the change with gh-ost or "
                                + "pt-online-schema-change"));
            }
        }
        return out;
    }
}
