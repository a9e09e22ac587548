package dev.phaseshift.runner;

import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** What the journals say about a plan: one line per step, with phases' states per service. */
public record PlanStatus(String planName, List<PhaseState> phases, List<StepState> steps) {
    public PlanStatus {
        phases = List.copyOf(phases);
        steps = List.copyOf(steps);
    }

    /**
     * One phase on one service.
     *
     * @param state {@code done}, {@code rolled back}, {@code started} or {@code not started}
     */
    public record PhaseState(String phase, String service, String state) {
    }

    /**
     * One step's latest attempt.
     *
     * @param state     {@code done}, {@code running}, {@code interrupted} (running, but its runner is gone),
     *                  {@code failed}, {@code rolled back}, {@code not started}
     * @param changed   the step is done but the plan now renders other SQL for it
     */
    public record StepState(String phase, String service, String stepId, String operation, String state, int attempt,
                            String by, String since, long rowsDone, String highWater, String detail,
                            boolean changed) {
    }

    static PlanStatus of(Plan plan, Map<String, List<JournalEntry>> journals, Map<String, Boolean> lockFree,
                         Map<String, String> checksums) {
        List<PhaseState> phases = new ArrayList<>();
        List<StepState> steps = new ArrayList<>();
        for (Phase phase : plan.phases()) {
            List<String> services = phase.steps().stream().map(Step::service).distinct().toList();
            if (services.isEmpty()) {
                services = plan.steps().map(Step::service).distinct().toList();
            }
            for (String service : services) {
                JournalEntry marker = null;
                boolean started = false;
                for (JournalEntry e : journals.getOrDefault(service, List.of())) {
                    if (e.phase().equals(phase.id()) && e.kind() == EntryKind.PHASE) {
                        marker = e;
                    }
                    if (e.phase().equals(phase.id()) && (e.kind() == EntryKind.STEP || e.kind() == EntryKind.GATE)) {
                        started = true;
                    }
                }
                String state = marker != null && marker.status() == EntryStatus.DONE ? "done"
                        : marker != null && marker.status() == EntryStatus.ROLLED_BACK ? "rolled back"
                        : started ? "started" : "not started";
                phases.add(new PhaseState(phase.id(), service, state));
            }
            for (Step step : phase.steps()) {
                JournalEntry last = null;
                for (JournalEntry e : journals.getOrDefault(step.service(), List.of())) {
                    if (e.kind() == EntryKind.STEP && e.stepId().equals(step.id())) {
                        last = e;
                    }
                }
                if (last == null) {
                    steps.add(new StepState(phase.id(), step.service(), step.id(), step.operation().operationName(),
                            "not started", 0, null, null, 0, null, null, false));
                    continue;
                }
                String state = switch (last.status()) {
                    case DONE -> "done";
                    case FAILED -> "failed";
                    case ROLLED_BACK -> "rolled back";
                    case RUNNING -> Boolean.TRUE.equals(lockFree.get(step.service())) ? "interrupted" : "running";
                };
                boolean changed = last.status() == EntryStatus.DONE && last.stepChecksum() != null
                        && !last.stepChecksum().equals(checksums.get(step.id()));
                steps.add(new StepState(phase.id(), step.service(), step.id(), step.operation().operationName(), state,
                        last.attempt(), last.by().osUser() + "@" + last.by().label(), last.startedAt(),
                        last.rowsDone(), last.highWater(), last.detail(), changed));
            }
        }
        return new PlanStatus(plan.name(), phases, steps);
    }
}
