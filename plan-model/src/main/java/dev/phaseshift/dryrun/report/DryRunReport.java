package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.Finding;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * The outcome of one dry-run of one plan.
 *
 * @param kind          a rehearsal on shadow databases, or a simulation on the model only (nothing ran)
 * @param planFile      the plan file as given, or null for a plan built in memory
 * @param elapsedMillis wall time of the whole run
 * @param services      one entry per service the plan changes: its shadow and what was loaded into it
 * @param phases        the plan's phases in order, with what happened to each step
 * @param reversible    after rolling every phase back: the shadow schemas compared with the ones first loaded
 * @param findings      the lint findings of the plan, shown beside the observations
 * @param compatibility one cell per consumer version and schema state (before the plan, after each phase)
 * @param problems      what stopped the run or part of it (a shadow that could not be created, a timeout, ...)
 */
public record DryRunReport(String planName, String planFile, RunKind kind, Instant startedAt, long elapsedMillis,
                           List<ServiceShadow> services, List<PhaseRun> phases, Check reversible,
                           List<Finding> findings, List<CompatibilityCell> compatibility, List<Problem> problems) {
    /** The version of the JSON form; bumped when a field changes meaning or goes away. */
    public static final String FORMAT = "phaseshift/dry-run-report@1";

    public DryRunReport {
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(kind, "kind");
        services = services == null ? List.of() : List.copyOf(services);
        phases = phases == null ? List.of() : List.copyOf(phases);
        reversible = reversible == null ? Check.skipped("not checked") : reversible;
        findings = findings == null ? List.of() : List.copyOf(findings);
        compatibility = compatibility == null ? List.of() : List.copyOf(compatibility);
        problems = problems == null ? List.of() : List.copyOf(problems);
    }

    /**
     * Whether the plan passed: no step failed, every rollback and idempotence check that ran passed, every
     * verification held, no consumer break and no error problem. A simulated run passes on the model alone.
     */
    public boolean passed() {
        return problems.stream().noneMatch(Problem::isError)
                && reversible.verdict() != Verdict.FAILED
                && compatibility.stream().allMatch(c -> !c.live() || c.compatible())
                && phases.stream().allMatch(PhaseRun::passed);
    }
}
