package dev.phaseshift.app.editor;

import dev.phaseshift.plan.PhaseKind;

import java.util.List;
import java.util.Objects;

/**
 * A phase as its column shows it: the header with its gates and consumer deployments, then its step cards.
 *
 * @param gates       each gate in words ({@code approval: ...}, {@code wait for customers v2})
 * @param deployments each deployment in words ({@code customers v1 → v2}), in order
 */
public record PhaseColumn(String phaseId, PhaseKind kind, List<String> gates, List<String> deployments,
                          List<StepCard> steps) {
    public PhaseColumn {
        Objects.requireNonNull(phaseId, "phaseId");
        gates = List.copyOf(gates);
        deployments = List.copyOf(deployments);
        steps = List.copyOf(steps);
    }

    /** {@code expand}, or {@code backfill (migrate)} for a phase named otherwise than its kind. */
    public String title() {
        return phaseId.equals(kind.id()) ? phaseId : phaseId + " (" + kind.id() + ")";
    }
}
