package dev.phaseshift.plan;

import dev.phaseshift.estate.SourceLocation;

import java.util.List;
import java.util.Objects;

/**
 * One phase of a plan.
 *
 * @param dependsOn   ids of phases that must be done first (besides the plan order)
 * @param deployments consumer deployments that happen after this phase
 * @param location    where the phase was written, or null
 */
public record Phase(String id, PhaseKind kind, String description, List<String> dependsOn, List<Gate> gates,
                    List<Step> steps, List<ConsumerDeployment> deployments, SourceLocation location) {
    public Phase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        dependsOn = dependsOn == null ? List.of() : List.copyOf(dependsOn);
        gates = gates == null ? List.of() : List.copyOf(gates);
        steps = steps == null ? List.of() : List.copyOf(steps);
        deployments = deployments == null ? List.of() : List.copyOf(deployments);
    }

    public static Phase of(String id, PhaseKind kind, List<Step> steps) {
        return new Phase(id, kind, null, List.of(), List.of(), steps, List.of(), null);
    }

    public Phase withDependsOn(List<String> value) {
        return new Phase(id, kind, description, value, gates, steps, deployments, location);
    }

    public Phase withGates(List<Gate> value) {
        return new Phase(id, kind, description, dependsOn, value, steps, deployments, location);
    }

    public Phase withDeployments(List<ConsumerDeployment> value) {
        return new Phase(id, kind, description, dependsOn, gates, steps, value, location);
    }

    public Phase withDescription(String value) {
        return new Phase(id, kind, value, dependsOn, gates, steps, deployments, location);
    }
}
