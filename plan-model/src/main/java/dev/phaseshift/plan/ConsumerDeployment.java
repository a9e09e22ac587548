package dev.phaseshift.plan;

import java.util.Objects;

/** A consumer service moves from one version to another after a phase ({@code billing: v1 -> v2}). */
public record ConsumerDeployment(String service, String from, String to) {
    public ConsumerDeployment {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(to, "to");
    }

    @Override
    public String toString() {
        return service + ": " + from + " -> " + to;
    }
}
