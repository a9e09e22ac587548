package dev.phaseshift.app.editor;

import dev.phaseshift.app.plan.FindingLine;
import dev.phaseshift.app.plan.PlanReview;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.op.Operation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * The editor's board: a column per phase with its step cards, badges from the last analysis when it has one.
 * Built after every keystroke, so it remembers the summary of each operation it has seen (an edit keeps the
 * unchanged steps' operations as they were) and groups findings by step once.
 */
final class PlanBoard {
    private static final int SUMMARY_VALUE = 32;

    private final Map<Operation, String> summaries = new IdentityHashMap<>();

    List<PhaseColumn> of(Plan plan, PlanReview review) {
        List<PhaseColumn> out = new ArrayList<>();
        Map<String, String> badges = review == null ? Map.of() : review.lockBadges();
        Map<String, List<FindingLine>> findings = new HashMap<>();
        if (review != null) {
            review.findings().forEach(f -> findings.computeIfAbsent(f.stepId(), k -> new ArrayList<>()).add(f));
        }
        List<String> errors = review == null ? List.of() : review.problems().stream()
                .filter(p -> p.contains("error: step \"")).toList();
        Map<Operation, String> seen = new IdentityHashMap<>();
        for (Phase phase : plan.phases()) {
            List<StepCard> cards = new ArrayList<>();
            for (Step step : phase.steps()) {
                List<FindingLine> own = findings.getOrDefault(step.id(), List.of());
                String prefix = "error: " + StepProblems.prefix(step.id());
                long failed = errors.isEmpty() ? 0 : errors.stream().filter(p -> p.contains(prefix)).count();
                Severity worst = failed > 0 ? Severity.ERROR : own.stream().map(FindingLine::severity)
                        .min(Comparator.naturalOrder()).orElse(null);
                String summary = summaries.get(step.operation());
                if (summary == null) {
                    summary = summary(step);
                }
                seen.put(step.operation(), summary);
                cards.add(new StepCard(step.id(), step.service(), summary, badges.get(step.id()),
                        own.size() + (int) failed, worst));
            }
            out.add(new PhaseColumn(phase.id(), phase.kind(), phase.gates().stream().map(PlanBoard::gate).toList(),
                    phase.deployments().stream().map(PlanBoard::deployment).toList(), cards));
        }
        summaries.clear();
        summaries.putAll(seen);
        return out;
    }

    /** {@code add_column customers · phone_number}: the operation and its first few names. */
    static String summary(Step step) {
        List<String> values = OperationForm.texts(step.operation()).values().stream()
                .filter(v -> !v.isBlank())
                .limit(2)
                .map(v -> v.length() > SUMMARY_VALUE ? v.substring(0, SUMMARY_VALUE - 1) + "…" : v)
                .toList();
        return step.operation().operationName() + (values.isEmpty() ? "" : " " + String.join(" · ", values));
    }

    static String deployment(ConsumerDeployment d) {
        return d.service() + " " + (d.from() == null ? "" : d.from() + " ") + "→ " + d.to();
    }

    static String gate(Gate gate) {
        if (gate instanceof ManualApproval m) {
            return "approval" + (m.description() == null ? "" : ": " + m.description());
        }
        if (gate instanceof VerificationGate v) {
            return "verify on " + v.service() + ": " + v.query();
        }
        DeploymentWait w = (DeploymentWait) gate;
        return "wait for " + w.service() + " " + w.version();
    }
}
