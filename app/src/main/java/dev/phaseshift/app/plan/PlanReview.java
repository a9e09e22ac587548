package dev.phaseshift.app.plan;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.lock.StepLocks;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.compat.BreakKind;
import dev.phaseshift.plan.compat.CompatibilityMatrix;
import dev.phaseshift.plan.compat.ConsumerBreak;
import dev.phaseshift.plan.compat.MatrixCell;
import dev.phaseshift.plan.file.PlanFormatException;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Everything the Plan review tab shows about one plan against one estate, computed at once in the background:
 * the plan read, simulated, linted, its locks predicted and its consumers checked.
 *
 * @param plan     the plan read, or null when the file is not a valid plan
 * @param problems why the plan does not read or simulate, {@code file:line:column: error: ...}; errors first
 * @param states   the matrix's columns: {@code before}, then each phase
 * @param breaks   live cells of the matrix whose consumer version cannot use the schema
 * @param lockBadges each simulated step's lock in a word or two ({@code ACCESS EXCLUSIVE ~0 s}), by step id
 */
public record PlanReview(PlanSource source, Plan plan, List<String> problems, List<PlanRow> phases,
                         List<FindingLine> findings, List<LockLines> locks, List<String> states,
                         List<MatrixRow> matrix, int errors, int warnings, int breaks, int simulationErrors,
                         Map<String, String> lockBadges) {
    /** Step lock text for a step the simulation could not apply, so it has no SQL to predict locks of. */
    static final String NOT_APPLIED = "not applied on the model";

    public PlanReview {
        Objects.requireNonNull(source, "source");
        problems = List.copyOf(problems);
        phases = List.copyOf(phases);
        findings = List.copyOf(findings);
        locks = List.copyOf(locks);
        states = List.copyOf(states);
        matrix = List.copyOf(matrix);
        lockBadges = Map.copyOf(lockBadges);
    }

    /** Reads the plan of {@code source} and reviews it against {@code estate}. */
    public static PlanReview of(PlanSource source, Estate estate) {
        Plan plan;
        try {
            plan = source.read();
        } catch (PlanFormatException e) {
            return new PlanReview(source, null, e.problems().stream().map(Problem::toString).toList(), List.of(),
                    List.of(), List.of(), List.of(), List.of(), 0, 0, 0, 0, Map.of());
        }
        return of(source, plan, estate);
    }

    /** Reviews a plan held in memory (the editor's) against {@code estate}; {@code source} names it. */
    public static PlanReview of(PlanSource source, Plan plan, Estate estate) {
        PlanCheck check = PlanCheck.of(plan, estate);
        List<Problem> problems = check.problems();
        LintResult lint = check.lint();
        List<PhaseLocks> locks = check.locks();
        CompatibilityMatrix matrix = check.matrix();

        List<FindingLine> findings = lint.findings().stream().map(FindingLine::of).toList();
        int errors = count(findings, Severity.ERROR);
        int warnings = count(findings, Severity.WARNING);
        int simulationErrors = (int) problems.stream().filter(Problem::isError).count();
        List<String> problemLines = problems.stream()
                .sorted(Comparator.comparing(Problem::severity))
                .map(Problem::toString).toList();
        return new PlanReview(source, plan, problemLines, rows(plan, findings, locks), findings, lockLines(locks),
                matrix.states(), matrixRows(matrix), errors, warnings, matrix.broken().size(), simulationErrors,
                LockBadge.of(locks));
    }

    /** Whether the plan file read; when not, only {@link #problems()} has anything to show. */
    public boolean readable() {
        return plan != null;
    }

    /** The plan's own name, or the source's when it does not read. */
    public String name() {
        return plan == null ? source.name() : plan.name();
    }

    /**
     * One line for the top of the tab: {@code 2 errors, 3 warnings · every live consumer compatible}, or why
     * there is nothing to judge.
     */
    public String status() {
        if (plan == null) {
            return "the plan does not read: " + plural(problems.size(), "problem");
        }
        String lint = (errors == 0 ? "no errors" : plural(errors, "error")) + ", "
                + (warnings == 0 ? "no warnings" : plural(warnings, "warning"));
        if (simulationErrors > 0) {
            // lint and the matrix only saw the steps that applied: saying "compatible" would be a promise
            return "the plan does not simulate: " + plural(simulationErrors, "error") + " · " + lint
                    + " in the steps that apply";
        }
        return lint + " · " + (matrix.isEmpty() ? "no consumer contracts to check"
                : breaks == 0 ? "every live consumer compatible" : plural(breaks, "consumer break"));
    }

    private static List<PlanRow> rows(Plan plan, List<FindingLine> findings, List<PhaseLocks> locks) {
        Map<String, String> stepLocks = new HashMap<>();
        Map<String, String> phaseLocks = new HashMap<>();
        for (PhaseLocks phase : locks) {
            phaseLocks.put(phase.phaseId(), withoutPrefix(phase.summary(), "phase " + phase.phaseId() + ": "));
            for (StepLocks step : phase.steps()) {
                stepLocks.put(step.stepId(), withoutPrefix(step.summary(),
                        "step " + step.stepId() + " (" + step.service() + "): "));
            }
        }
        List<PlanRow> out = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            List<PlanRow> steps = new ArrayList<>();
            Set<String> services = new LinkedHashSet<>();
            for (Step step : phase.steps()) {
                List<FindingLine> own = findings.stream().filter(f -> f.stepId().equals(step.id())).toList();
                services.add(step.service());
                steps.add(new PlanRow(phase.id(), step.id(), step.id(), step.service(),
                        step.operation().operationName(), own.size(), worst(own),
                        stepLocks.getOrDefault(step.id(), NOT_APPLIED), List.of()));
            }
            List<FindingLine> own = findings.stream()
                    .filter(f -> steps.stream().anyMatch(s -> s.stepId().equals(f.stepId()))).toList();
            String what = phase.steps().isEmpty() && !phase.deployments().isEmpty()
                    ? "deploys " + String.join(", ", phase.deployments().stream()
                    .map(d -> d.service() + " " + d.from() + " → " + d.to()).toList())
                    : plural(phase.steps().size(), "step");
            String title = phase.id().equals(phase.kind().id()) ? phase.id()
                    : phase.id() + " (" + phase.kind().id() + ")";
            out.add(new PlanRow(phase.id(), null, title, String.join(", ", services), what, own.size(),
                    worst(own), phaseLocks.getOrDefault(phase.id(), ""), steps));
        }
        return out;
    }

    private static List<LockLines> lockLines(List<PhaseLocks> locks) {
        return locks.stream().map(p -> new LockLines(p.phaseId(), p.summary(),
                p.steps().stream().map(StepLocks::summary).toList())).toList();
    }

    private static List<MatrixRow> matrixRows(CompatibilityMatrix matrix) {
        return matrix.versions().stream().map(version -> new MatrixRow(version,
                matrix.row(version).stream().map(PlanReview::mark).toList(), matrix.assumed().get(version))).toList();
    }

    private static MatrixMark mark(MatrixCell cell) {
        CellVerdict verdict = !cell.live() ? CellVerdict.NOT_LIVE
                : cell.compatible() ? CellVerdict.COMPATIBLE : CellVerdict.BREAKS;
        ConsumerBreak cause = cell.breaks().isEmpty() ? null : cell.breaks().get(0);
        return new MatrixMark(cell.label(), cell.state(), verdict, cell.reason(),
                cause == null ? null : cause.phaseId(), cause == null ? null : cause.stepId(),
                cause != null && (cause.pending() || cause.kind() == BreakKind.NOT_YET_BACKFILLED));
    }

    private static Severity worst(List<FindingLine> findings) {
        return findings.stream().map(FindingLine::severity).min(Comparator.naturalOrder()).orElse(null);
    }

    private static int count(List<FindingLine> findings, Severity severity) {
        return (int) findings.stream().filter(f -> f.severity() == severity).count();
    }

    private static String withoutPrefix(String text, String prefix) {
        return text.startsWith(prefix) ? text.substring(prefix.length()) : text;
    }

    static String plural(int count, String noun) {
        return count + " " + noun + (count == 1 ? "" : "s");
    }
}
