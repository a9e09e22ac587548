package dev.phaseshift.app.wizard;

import java.util.List;

/**
 * One phase the wizard will insert, as the review page lists it.
 *
 * @param steps       {@code customers-customers-add-locale_code · add_column · customers}
 * @param deployments {@code notifications: v2 -> v3}
 * @param gates       the gates' kinds and what they wait for
 */
public record PhasePreview(String id, String kind, String description, List<String> steps, List<String> deployments,
                           List<String> gates) {
    public PhasePreview {
        steps = List.copyOf(steps);
        deployments = List.copyOf(deployments);
        gates = List.copyOf(gates);
    }

    /** {@code expand · 3 steps}. */
    public String heading() {
        return id + " · " + steps.size() + (steps.size() == 1 ? " step" : " steps")
                + (deployments.isEmpty() ? "" : " · deploys " + String.join(", ", deployments));
    }
}
