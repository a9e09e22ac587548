package dev.phaseshift.export;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.lock.StepLocks;
import dev.phaseshift.lock.Throughput;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.compat.MatrixCell;
import dev.phaseshift.report.DryRunOutcome;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** The sentences and table rows both review formats print, so Markdown and HTML say the same thing. */
final class ReviewFacts {
    private ReviewFacts() {
    }

    static List<String> summary(ReviewContent content) {
        ExportInput input = content.input();
        List<String> out = new ArrayList<>();
        out.add(input.plan().phases().size() + " phases, " + input.plan().stepCount() + " steps, services "
                + String.join(", ", input.touchedServices()));
        long errors = content.findings().stream().filter(Finding::isError).count();
        out.add("lint: " + errors + " errors, " + (content.findings().size() - errors) + " warnings");
        out.add("consumer compatibility: " + (content.matrix().versions().isEmpty() ? "no consumers declared"
                : content.matrix().green() ? "every live consumer version works after every phase"
                : content.matrix().broken().size() + " live consumer versions break"));
        DryRunOutcome dryRun = input.dryRun();
        out.add(dryRun == null ? "dry-run: no report given (--dry-run-report)"
                : "dry-run (" + dryRun.kind() + ", " + dryRun.file() + "): " + (dryRun.passed() ? "passed" : "FAILED"));
        return out;
    }

    /** Service, team, engine, database, and the number of steps the plan runs on it. */
    static List<List<String>> services(ExportInput input) {
        List<List<String>> rows = new ArrayList<>();
        for (String name : input.touchedServices()) {
            ServiceDefinition s = input.service(name);
            long steps = input.plan().steps().filter(st -> st.service().equals(name)).count();
            rows.add(List.of(name, s.team() == null ? "" : s.team(), s.engine().id(),
                    s.database() == null ? "" : s.database(), String.valueOf(steps)));
        }
        return rows;
    }

    static List<String> phaseFacts(Phase phase) {
        List<String> out = new ArrayList<>();
        if (!phase.dependsOn().isEmpty()) {
            out.add("depends on: " + String.join(", ", phase.dependsOn()));
        }
        for (Gate gate : phase.gates()) {
            out.add("gate: " + gate(gate));
        }
        phase.deployments().forEach(d -> out.add("then deploy: " + d.service() + " " + d.from() + " → " + d.to()));
        return out;
    }

    private static String gate(Gate gate) {
        if (gate instanceof ManualApproval m) {
            return "manual approval" + (m.description() == null ? "" : " (" + m.description() + ")");
        }
        if (gate instanceof DeploymentWait w) {
            return "wait until " + w.service() + " " + w.version() + " is deployed";
        }
        if (gate instanceof VerificationGate v) {
            return "verification on " + v.service();
        }
        return gate.toString();
    }

    /** Phase, step, service, locks, effect, writes blocked, estimate. */
    static List<List<String>> locks(ReviewContent content) {
        List<List<String>> rows = new ArrayList<>();
        for (PhaseLocks phase : content.locks()) {
            for (StepLocks step : phase.steps()) {
                List<String> locks = step.strongestLocks().stream().map(l -> l.mode() + " on " + l.table()).toList();
                List<String> effects = step.statements().stream().map(s -> s.effect().touchesRows()
                        ? s.effect().verb() + " " + Throughput.rows(s.rows()) + " rows" : s.effect().description())
                        .distinct().toList();
                if (effects.size() > 1) {
                    // "no table work" next to real work only adds noise (it is the lock timeout statement)
                    effects = effects.stream().filter(e -> !e.equals(dev.phaseshift.lock.Effect.NONE.description()))
                            .toList();
                }
                String blocked = step.writesBlocked().isEmpty() ? "no" : String.join(", ",
                        step.writesBlocked().entrySet().stream()
                                .map(e -> e.getKey() + " " + Throughput.duration(e.getValue())).toList());
                rows.add(List.of(phase.phaseId(), step.stepId(), step.service(),
                        locks.isEmpty() ? "none" : String.join(", ", locks), String.join(", ", effects), blocked,
                        Throughput.duration(step.seconds())));
            }
        }
        return rows;
    }

    /** Header row (consumer, states...) then one row per consumer version: ✓, ✗ or "not live". */
    static List<List<String>> matrix(ReviewContent content) {
        List<List<String>> rows = new ArrayList<>();
        List<String> header = new ArrayList<>(List.of("consumer"));
        header.addAll(content.matrix().states());
        rows.add(header);
        for (String version : content.matrix().versions()) {
            List<String> row = new ArrayList<>(List.of(version));
            for (MatrixCell cell : content.matrix().row(version)) {
                row.add(!cell.live() ? "not live" : cell.compatible() ? "✓" : "✗");
            }
            rows.add(row);
        }
        return rows;
    }

    /** The reasons of the cells that break, {@code billing v1 after contract: ...}. */
    static List<String> breaks(ReviewContent content) {
        return content.matrix().cells().stream().filter(c -> !c.compatible())
                .map(c -> c.label() + " after " + c.state() + (c.live() ? "" : " (not live there)") + ": "
                        + c.reason()).toList();
    }

    /** Severity, rule, step, message, help. */
    static List<List<String>> findings(ReviewContent content) {
        return content.findings().stream().map(f -> List.of(f.severity().word(), f.ruleId(), f.stepId(),
                f.message(), f.help() == null ? "" : f.help())).toList();
    }

    /** Phase, steps passed, rollback, idempotence. */
    static List<List<String>> dryRunPhases(DryRunOutcome outcome) {
        return outcome.phases().stream().map(p -> List.of(p.id(), p.passed() ? "passed" : "FAILED",
                (p.steps() - p.stepsFailed()) + " of " + p.steps(), Optional.ofNullable(p.rollback()).orElse("—"),
                Optional.ofNullable(p.idempotence()).orElse("—"))).toList();
    }
}
