package dev.phaseshift.app.plan;

import dev.phaseshift.estate.Severity;

import java.util.List;
import java.util.Objects;

/**
 * A row of the plan tree: a phase with its steps as children, or a step.
 *
 * @param stepId    the step's id, or null for a phase row
 * @param title     the phase's id and kind, or the step's id
 * @param service   the step's service; for a phase, the services its steps change
 * @param operation the step's operation ({@code add_column}); for a phase, its description
 * @param findings  how many lint findings the step (or the phase's steps) has
 * @param worst     the most severe of them, or null when there are none
 * @param locks     the predicted locks in short ({@code ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s})
 */
public record PlanRow(String phaseId, String stepId, String title, String service, String operation, int findings,
                      Severity worst, String locks, List<PlanRow> children) {
    public PlanRow {
        Objects.requireNonNull(phaseId, "phaseId");
        Objects.requireNonNull(title, "title");
        service = service == null ? "" : service;
        operation = operation == null ? "" : operation;
        locks = locks == null ? "" : locks;
        children = List.copyOf(children);
    }

    public boolean isPhase() {
        return stepId == null;
    }

    /** {@code 2 findings} or nothing, for the findings column. */
    public String findingsText() {
        return findings == 0 ? "" : findings + (findings == 1 ? " finding" : " findings");
    }
}
