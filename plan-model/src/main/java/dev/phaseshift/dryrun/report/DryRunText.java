package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.Finding;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A dry-run report for the terminal: what ran where, one summary line per phase and one line per step, the
 * evidence under a failed step, backfill extrapolations, then the verdict as the last line, so that a script's log
 * ends with it.
 */
public final class DryRunText {
    private DryRunText() {
    }

    public static String write(DryRunReport report) {
        StringBuilder out = new StringBuilder();
        header(out, report);
        boolean ran = report.kind() == RunKind.SHADOW;
        for (PhaseRun phase : report.phases()) {
            phase(out, phase, ran);
        }
        if (report.reversible().verdict() != Verdict.SKIPPED) {
            out.append("whole plan rolled back: ").append(check(report.reversible())).append('\n');
            differences(out, "  ", report.reversible());
        }
        backfills(out, report);
        findings(out, report);
        compatibility(out, report);
        for (Problem p : report.problems()) {
            out.append(p).append('\n');
        }
        return out.append(verdict(report)).append('\n').toString();
    }

    /** The last line: {@code dry-run passed} or {@code dry-run FAILED: } and each reason. */
    public static String verdict(DryRunReport report) {
        String simulated = report.kind() == RunKind.SIMULATED ? " (simulated: nothing ran)" : "";
        if (report.passed()) {
            return "dry-run passed" + simulated;
        }
        List<String> reasons = new ArrayList<>();
        long failed = report.phases().stream().flatMap(p -> p.steps().stream())
                .filter(s -> s.status() == StepStatus.FAILED).count();
        if (failed > 0) {
            reasons.add(count(failed, "step") + " failed");
        }
        for (PhaseRun p : report.phases()) {
            long gates = p.gates().stream().filter(g -> !g.passed()).count();
            if (gates > 0) {
                reasons.add(count(gates, "verification") + " of phase " + p.phaseId() + " did not hold");
            }
            if (p.rollback().verdict() == Verdict.FAILED) {
                reasons.add("rollback of phase " + p.phaseId() + " not exact");
            }
            if (p.idempotence().verdict() == Verdict.FAILED) {
                reasons.add("phase " + p.phaseId() + " not idempotent");
            }
        }
        if (report.reversible().verdict() == Verdict.FAILED) {
            reasons.add("rollback of the whole plan not exact");
        }
        long breaks = report.compatibility().stream().filter(c -> c.live() && !c.compatible()).count();
        if (breaks > 0) {
            reasons.add(count(breaks, "consumer break"));
        }
        long errors = report.problems().stream().filter(Problem::isError).count();
        if (errors > 0) {
            reasons.add(count(errors, "error"));
        }
        return "dry-run FAILED" + (reasons.isEmpty() ? "" : ": " + String.join(", ", reasons)) + simulated;
    }

    private static void header(StringBuilder out, DryRunReport report) {
        out.append("dry-run of plan \"").append(report.planName()).append('"');
        if (report.planFile() != null) {
            out.append(" (").append(report.planFile()).append(')');
        }
        if (report.kind() == RunKind.SIMULATED) {
            out.append('\n').append("SIMULATED: nothing ran; the model simulation, lint and the compatibility "
                    + "matrix only").append('\n');
            return;
        }
        out.append(" on shadow databases");
        if (report.startedAt() != null) {
            out.append(", started ").append(report.startedAt());
        }
        out.append(", ").append(millis(report.elapsedMillis())).append('\n');
        for (ServiceShadow s : report.services()) {
            out.append("shadow ").append(s.service()).append(": ")
                    .append(s.shadowDatabase() == null ? "not created" : s.shadowDatabase());
            if (s.scratchServer() != null) {
                out.append(" on ").append(s.scratchServer());
            }
            if (s.product() != null) {
                out.append(" (").append(s.product())
                        .append(s.serverVersion() == null ? "" : " " + s.serverVersion()).append(')');
            }
            out.append(", ").append(s.data()).append(": ").append(count(s.tablesLoaded(), "table")).append(", ")
                    .append(count(s.rowsLoaded(), "row")).append(s.dropped() ? ", dropped" : ", NOT DROPPED");
            if (s.error() != null) {
                out.append("; error: ").append(s.error());
            }
            out.append('\n');
        }
    }

    /** Without {@code ran} (a simulation) there are no timings to show. */
    private static void phase(StringBuilder out, PhaseRun phase, boolean ran) {
        long ok = phase.steps().stream().filter(s -> s.status() == StepStatus.OK).count();
        long failed = phase.steps().stream().filter(s -> s.status() == StepStatus.FAILED).count();
        long skipped = phase.steps().stream().filter(s -> s.status() == StepStatus.SKIPPED).count();
        long notRun = phase.steps().stream().filter(s -> s.status() == StepStatus.NOT_RUN).count();
        long wall = phase.steps().stream().mapToLong(StepRun::wallMillis).sum();
        out.append("phase ").append(phase.phaseId());
        if (phase.kind() != null && !phase.kind().equals(phase.phaseId())) {
            out.append(" (").append(phase.kind()).append(')');
        }
        out.append(": ").append(ok).append(" ok, ").append(failed).append(" failed");
        if (skipped > 0) {
            out.append(", ").append(skipped).append(" skipped");
        }
        if (notRun > 0) {
            out.append(", ").append(notRun).append(" not run");
        }
        out.append(ran ? ", " + millis(wall) : "").append("; rollback ").append(check(phase.rollback()))
                .append("; idempotence ").append(check(phase.idempotence())).append('\n');
        for (VerificationRun gate : phase.gates()) {
            out.append("  gate ").append(gate.passed() ? "held" : "FAILED").append(" on ").append(gate.service())
                    .append(": ").append(oneLine(gate.query()));
            if (gate.error() != null) {
                out.append("; error: ").append(gate.error());
            }
            out.append('\n');
        }
        for (StepRun step : phase.steps()) {
            step(out, step, ran);
        }
        differences(out, "  rollback: ", phase.rollback());
        differences(out, "  idempotence: ", phase.idempotence());
    }

    private static void step(StringBuilder out, StepRun s, boolean ran) {
        out.append("  ").append(String.format(Locale.ROOT, "%-7s", status(s.status()))).append(' ')
                .append(s.stepId()).append(" (").append(s.service()).append(") ")
                .append(s.operation() == null ? "" : s.operation());
        if (ran && (s.status() == StepStatus.OK || s.status() == StepStatus.FAILED)) {
            out.append(", ").append(millis(s.wallMillis()));
        }
        if (s.rowsAffected() != null) {
            out.append(", ").append(count(s.rowsAffected(), "row"));
        }
        if (!s.locks().isEmpty()) {
            out.append("; locks: ").append(s.locks().stream().map(DryRunText::lock)
                    .collect(Collectors.joining(", ")));
        }
        if (s.predicted() != null) {
            Prediction p = s.predicted();
            out.append("; predicted: ").append(p.locks().isEmpty() ? "no lock" : String.join(", ", p.locks()))
                    .append(p.blocksWrites() ? " (blocks writes)" : "");
        }
        out.append('\n');
        if (s.error() != null) {
            out.append("          error: ").append(oneLine(s.error())).append('\n');
        }
        if (s.failedSql() != null) {
            out.append("          sql: ").append(oneLine(s.failedSql())).append('\n');
        }
        if (s.stateLeft() != null) {
            for (String left : s.stateLeft()) {
                out.append("          left: ").append(left).append('\n');
            }
        }
    }

    private static String lock(ObservedLock lock) {
        return lock.mode() + " on " + lock.relation() + " " + millis(Math.max(0, lock.toMillis() - lock.fromMillis()))
                + (lock.granted() ? "" : " (waited)");
    }

    private static void backfills(StringBuilder out, DryRunReport report) {
        report.phases().stream().flatMap(p -> p.steps().stream()).filter(s -> s.backfill() != null)
                .forEach(s -> out.append(backfill(s.backfill())).append('\n'));
    }

    /** {@code backfill customers: 1,200 rows in 80 ms on the shadow → ~2.3 min for 2,100,000 rows in production}. */
    static String backfill(BackfillEstimate b) {
        String measured = "backfill " + b.table() + ": " + count(b.rowsMeasured(), "row") + " in "
                + millis(b.millisMeasured()) + " on the shadow";
        if (b.productionRows() == null) {
            return measured + "; no production row estimate to extrapolate to";
        }
        if (b.estimatedMillis() == null) {
            return measured + "; too few rows measured to extrapolate to " + count(b.productionRows(), "row")
                    + " in production";
        }
        return measured + " → " + approximately(b.estimatedMillis()) + " for " + count(b.productionRows(), "row")
                + " in production";
    }

    private static void findings(StringBuilder out, DryRunReport report) {
        long errors = report.findings().stream().filter(Finding::isError).count();
        long warnings = report.findings().size() - errors;
        out.append("lint: ").append(report.findings().isEmpty() ? "no findings"
                : count(errors, "error") + ", " + count(warnings, "warning") + " (see phaseshift lint)").append('\n');
    }

    private static void compatibility(StringBuilder out, DryRunReport report) {
        if (report.compatibility().isEmpty()) {
            return;
        }
        List<CompatibilityCell> breaks = report.compatibility().stream().filter(c -> c.live() && !c.compatible())
                .toList();
        long versions = report.compatibility().stream().map(c -> c.consumer() + " " + c.version()).distinct().count();
        if (breaks.isEmpty()) {
            out.append("compatibility: no break for ").append(count(versions, "consumer version")).append('\n');
            return;
        }
        for (CompatibilityCell c : breaks) {
            out.append("compatibility break: ").append(c.consumer()).append(' ').append(c.version())
                    .append(c.state().equals("before") ? " before the plan" : " after phase " + c.state())
                    .append(c.reason() == null ? "" : ": " + c.reason()).append('\n');
        }
    }

    private static void differences(StringBuilder out, String prefix, Check check) {
        for (String d : check.differences()) {
            out.append(prefix).append(d).append('\n');
        }
    }

    private static String check(Check check) {
        String word = switch (check.verdict()) {
            case PASSED -> "passed";
            case FAILED -> "FAILED";
            case SKIPPED -> "skipped";
        };
        return check.detail() == null || check.detail().isBlank() ? word : word + " (" + check.detail() + ")";
    }

    private static String status(StepStatus status) {
        return switch (status) {
            case OK -> "ok";
            case FAILED -> "FAILED";
            case SKIPPED -> "skipped";
            case NOT_RUN -> "not run";
        };
    }

    private static String oneLine(String text) {
        return text.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static String count(long n, String noun) {
        return String.format(Locale.ENGLISH, "%,d", n) + " " + noun + (n == 1 ? "" : "s");
    }

    private static String millis(long ms) {
        if (ms < 1000) {
            return ms + " ms";
        }
        return String.format(Locale.ROOT, "%.1f s", ms / 1000.0);
    }

    /** A production estimate, rounded to what such an estimate is worth. */
    private static String approximately(long ms) {
        double seconds = ms / 1000.0;
        if (seconds < 1) {
            return "<1 s";
        }
        if (seconds < 60) {
            return "~" + Math.round(seconds) + " s";
        }
        if (seconds < 3600) {
            return String.format(Locale.ROOT, "~%.1f min", seconds / 60);
        }
        return String.format(Locale.ROOT, "~%.1f h", seconds / 3600);
    }
}
