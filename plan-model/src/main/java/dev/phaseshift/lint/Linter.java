package dev.phaseshift.lint;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.op.Sql;
import dev.phaseshift.plan.sim.AppliedStep;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Runs every rule over every step of a plan: simulates the plan on the snapshots, and gives each rule that applies
 * to the service's engine the step's context. Steps the simulation could not apply are not linted (their
 * problems are in the result). Inline suppressions and the configuration's severities are applied here, so
 * rules stay unaware of both.
 */
public final class Linter {
    private final List<LintRule> rules;
    private final LintConfig config;

    public Linter(List<LintRule> rules, LintConfig config) {
        this.rules = List.copyOf(rules);
        this.config = Objects.requireNonNull(config, "config");
    }

    /** The registered rules with default settings. */
    public static Linter standard() {
        return new Linter(LintRules.ALL, LintConfig.DEFAULTS);
    }

    public LintResult lint(Plan plan, Map<String, Snapshot> snapshots) {
        return lint(plan, Simulation.run(plan, snapshots));
    }

    public LintResult lint(Plan plan, SimulationResult simulation) {
        return lint(plan, simulation, List.of());
    }

    /** Lints with the estate's consumer contracts, so rules can tell which consumer a step breaks. */
    public LintResult lint(Plan plan, SimulationResult simulation, List<ConsumerContract> consumers) {
        List<Finding> findings = new ArrayList<>();
        List<Finding> suppressed = new ArrayList<>();
        for (AppliedStep applied : simulation.applied()) {
            Snapshot before = applied.before();
            Dialect dialect = Dialect.of(before);
            LintContext context = new LintContext(plan, applied.phaseId(), applied.step(), dialect,
                    simulation.initial().get(applied.step().service()), before, applied.after(),
                    statements(applied, dialect), consumers);
            Set<String> allowed = Suppressions.of(applied.step());
            for (LintRule rule : rules) {
                if (!rule.engines().contains(dialect.engine()) || !config.enabled(rule.id())) {
                    continue;
                }
                for (Finding f : rule.check(context)) {
                    Finding configured = config.severity(rule.id()).map(f::withSeverity).orElse(f);
                    (allowed.contains(rule.id()) ? suppressed : findings).add(configured);
                }
            }
        }
        return new LintResult(simulation.problems(), findings, suppressed);
    }

    private static List<RenderedSql> statements(AppliedStep applied, Dialect dialect) {
        if (applied.step().operation() instanceof Sql sql) {
            // a sql step runs its statements as written, in the step's transaction
            return SqlScript.split(sql.up()).stream().map(SqlStatement::text).map(RenderedSql::of).toList();
        }
        return applied.step().operation().forwardSql(dialect, applied.before());
    }
}
