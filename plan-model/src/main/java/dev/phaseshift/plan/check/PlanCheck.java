package dev.phaseshift.plan.check;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.LintConfig;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lint.LintRules;
import dev.phaseshift.lint.Linter;
import dev.phaseshift.lint.parse.ParsedStatements;
import dev.phaseshift.lock.LockModel;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.compat.AssumedContracts;
import dev.phaseshift.plan.compat.CompatibilityCheck;
import dev.phaseshift.plan.compat.CompatibilityMatrix;
import dev.phaseshift.plan.compat.DeploymentOrderCheck;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A plan checked against its estate, in the order every caller needs it: the simulation on the estate's
 * snapshots, then — each computed on first use and kept — the lint findings under the estate's lint settings, the
 * lock model per phase and the consumer compatibility matrix. {@code validate}, {@code lint}, {@code dry-run},
 * {@code export} and the app's live analysis all take their answers from here.
 *
 * <p>A problem of the estate's {@code lint:} section (a rule id no rule has) is a {@link #configProblems()
 * configuration problem}: an error everyone reports the same way, with the estate file's line. The findings still
 * come from the valid settings, so a reader sees them beside the problem; the command line refuses to pass such a
 * check (exit 2), the app shows the problem in its findings.
 */
public final class PlanCheck {
    private final Plan plan;
    private final Estate estate;
    private final SimulationResult simulation;
    private final List<Problem> configProblems;
    private final LintConfig config;
    private LintResult lint;
    /** Every statement of the plan as parsed once, for the lint and the lock model alike. */
    private final ParsedStatements readings = new ParsedStatements();
    private List<PhaseLocks> locks;
    private CompatibilityMatrix matrix;
    private List<Problem> consumerProblems;
    private List<ConsumerContract> contracts;

    private PlanCheck(Plan plan, Estate estate, SimulationResult simulation) {
        this.plan = Objects.requireNonNull(plan, "plan");
        this.estate = Objects.requireNonNull(estate, "estate");
        this.simulation = Objects.requireNonNull(simulation, "simulation");
        List<Problem> problems = new ArrayList<>();
        this.config = LintConfig.of(estate.definition().lint(), LintRules.ALL, problems);
        this.configProblems = List.copyOf(problems);
    }

    /**
     * Simulates {@code plan} on {@code estate}'s snapshots (the schemas alone: what breaks a consumer is
     * {@link #consumerProblems()}); the rest is computed when asked for.
     */
    public static PlanCheck of(Plan plan, Estate estate) {
        return new PlanCheck(plan, estate, Simulation.run(plan, estate.snapshots()));
    }

    /** The check of a plan already simulated on {@code estate} (an export reads the simulation with the plan). */
    public static PlanCheck of(Plan plan, Estate estate, SimulationResult simulation) {
        return new PlanCheck(plan, estate, simulation);
    }

    public Plan plan() {
        return plan;
    }

    public Estate estate() {
        return estate;
    }

    public SimulationResult simulation() {
        return simulation;
    }

    /** Whether the simulation found errors: the plan does not apply to the estate as written. */
    public boolean invalid() {
        return simulation.hasErrors();
    }

    /** Problems of the estate's lint section, each an error at its line. */
    public List<Problem> configProblems() {
        return configProblems;
    }

    /**
     * The simulation's problems, then the lint configuration's: what the findings and the matrix are shown
     * beside (a consumer the plan breaks is a PS117 finding and a red cell there).
     */
    public List<Problem> problems() {
        List<Problem> out = new ArrayList<>(simulation.problems());
        out.addAll(configProblems);
        return out;
    }

    /**
     * A consumer version live after a phase that reads or writes what the plan has removed by then, or that is
     * deployed before what it reads exists, each an error at its step or deployment.
     */
    public synchronized List<Problem> consumerProblems() {
        if (consumerProblems == null) {
            consumerProblems = List.copyOf(DeploymentOrderCheck.problems(plan, matrix(), contracts()));
        }
        return consumerProblems;
    }

    /**
     * What {@code validate} reports: the simulation's problems, the consumers the plan breaks, and the lint
     * configuration's problems.
     */
    public List<Problem> validationProblems() {
        List<Problem> out = new ArrayList<>(simulation.problems());
        out.addAll(consumerProblems());
        out.addAll(configProblems);
        return out;
    }

    /** The lint settings the findings are judged under: the estate's valid ones. */
    public LintConfig lintConfig() {
        return config;
    }

    public synchronized LintResult lint() {
        if (lint == null) {
            lint = new Linter(LintRules.ALL, config).lint(plan, simulation, contracts(), readings);
        }
        return lint;
    }

    public synchronized List<PhaseLocks> locks() {
        if (locks == null) {
            locks = LockModel.analyse(plan, simulation, readings);
        }
        return locks;
    }

    /**
     * The estate's consumer contracts, then one assumed for each release the plan deploys that the estate does not
     * declare ({@link AssumedContracts}): what the matrix, the consumer problems and the lint rules judge.
     */
    public synchronized List<ConsumerContract> contracts() {
        if (contracts == null) {
            contracts = AssumedContracts.with(plan, simulation, estate.consumers());
        }
        return contracts;
    }

    public synchronized CompatibilityMatrix matrix() {
        if (matrix == null) {
            matrix = CompatibilityCheck.of(plan, simulation, contracts());
        }
        return matrix;
    }
}
