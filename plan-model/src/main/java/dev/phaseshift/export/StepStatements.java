package dev.phaseshift.export;

import dev.phaseshift.lock.LockModel;
import dev.phaseshift.lock.MysqlAlgorithm;
import dev.phaseshift.lock.StatementLocks;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * One applied step with the SQL it runs forward and back on its service's server, and the forward statements the
 * lock model says copy the table (MySQL/MariaDB {@code ALGORITHM=COPY}), for which a gh-ost command is offered.
 *
 * @param rollback empty when the step has nothing to undo (a backfill, a verification)
 */
public record StepStatements(String phaseId, Step step, Dialect dialect, List<RenderedSql> forward,
                             List<RenderedSql> rollback, List<RenderedSql> tableCopies) {
    public StepStatements {
        forward = List.copyOf(forward);
        rollback = List.copyOf(rollback);
        tableCopies = List.copyOf(tableCopies);
    }

    static StepStatements of(AppliedStep applied, Snapshot initial) {
        Step step = applied.step();
        Snapshot before = applied.before();
        Dialect dialect = Dialect.of(before);
        List<RenderedSql> forward = step.operation().forwardSql(dialect, before);
        List<RenderedSql> rollback = step.rollback() != null
                ? step.rollback().forwardSql(dialect, applied.after())
                : step.operation().rollbackSql(dialect, before);
        List<RenderedSql> copies = new ArrayList<>();
        if (dialect.mysqlFamily()) {
            for (StatementLocks locks : LockModel.statements(dialect, initial == null ? before : initial, before,
                    step, forward)) {
                if (locks.algorithm() == MysqlAlgorithm.COPY) {
                    copies.add(locks.statement());
                }
            }
        }
        return new StepStatements(applied.phaseId(), step, dialect, forward, rollback, copies);
    }

    public String service() {
        return step.service();
    }

    /** Whether some forward statement must run outside a transaction. */
    public boolean needsNoTransaction() {
        return forward.stream().anyMatch(s -> s.mode() == RenderedSql.Mode.OUTSIDE_TRANSACTION);
    }

    /** Whether the lock timeout statement opens the step, so chunks split off it repeat it. */
    public boolean startsWithLockTimeout() {
        return !forward.isEmpty() && forward.get(0).equals(dialect.lockTimeout());
    }
}
