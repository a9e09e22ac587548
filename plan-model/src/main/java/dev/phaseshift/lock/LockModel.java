package dev.phaseshift.lock;

import dev.phaseshift.lint.parse.ParsedStatements;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;

/**
 * Works out the locks and cost of a plan from what actually runs: each applied step's forward SQL for its
 * server's dialect (a {@code sql} step's statements as written), every statement classified, none skipped; a
 * statement no rule knows is reported as not understood.
 */
public final class LockModel {
    private LockModel() {
    }

    /** Per phase, in plan order, the steps the simulation applied (a step it could not apply is left out). */
    public static List<PhaseLocks> analyse(Plan plan, SimulationResult simulation) {
        return analyse(plan, simulation, new ParsedStatements());
    }

    /**
     * Per phase, the steps the simulation applied, every statement read through {@code readings}: a plan check
     * shares them with its lint, so each statement is parsed once.
     */
    public static List<PhaseLocks> analyse(Plan plan, SimulationResult simulation, ParsedStatements readings) {
        List<PhaseLocks> out = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            List<StepLocks> steps = new ArrayList<>();
            for (AppliedStep applied : simulation.applied()) {
                if (applied.phaseId().equals(phase.id())) {
                    steps.add(step(applied, simulation.initial().get(applied.step().service()), readings));
                }
            }
            out.add(new PhaseLocks(phase.id(), steps));
        }
        return List.copyOf(out);
    }

    static StepLocks step(AppliedStep applied, Snapshot initial, ParsedStatements readings) {
        Snapshot before = applied.before();
        Dialect dialect = Dialect.of(before);
        Step step = applied.step();
        List<RenderedSql> statements = step.operation() instanceof Sql sql
                ? SqlScript.split(sql.up()).stream().map(SqlStatement::text).map(RenderedSql::of).toList()
                : step.operation().forwardSql(dialect, before);
        return new StepLocks(applied.phaseId(), step.id(), step.service(),
                statements(dialect, initial, before, step, statements, readings), dialect.postgres());
    }

    /**
     * The locks of {@code statements} run in order as {@code step} on a server of {@code dialect} holding
     * {@code before}; {@code initial} is the schema before the plan, whose row estimates count.
     */
    public static List<StatementLocks> statements(Dialect dialect, Snapshot initial, Snapshot before, Step step,
                                                  List<RenderedSql> statements) {
        return statements(dialect, initial, before, step, statements, new ParsedStatements());
    }

    /** The locks of {@code statements}, each read through {@code readings}. */
    public static List<StatementLocks> statements(Dialect dialect, Snapshot initial, Snapshot before, Step step,
                                                  List<RenderedSql> statements, ParsedStatements readings) {
        List<StatementLocks> out = new ArrayList<>();
        List<RenderedSql> earlier = new ArrayList<>();
        for (RenderedSql statement : statements) {
            StatementScope scope = new StatementScope(dialect, initial, before, step, earlier, readings);
            out.add(dialect.postgres() ? PostgresLockRules.classify(scope, statement)
                    : MysqlLockRules.classify(scope, statement));
            earlier.add(statement);
        }
        return List.copyOf(out);
    }

    /** One statement on its own, as a {@code sql} step would run it on a server holding {@code snapshot}. */
    public static StatementLocks statement(Dialect dialect, Snapshot snapshot, String sql) {
        Step step = Step.of("statement", snapshot.service() == null ? "service" : snapshot.service(),
                new Sql(sql, null));
        return statements(dialect, snapshot, snapshot, step, List.of(RenderedSql.of(sql))).get(0);
    }
}
