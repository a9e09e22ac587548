package dev.phaseshift.plan;

import java.util.Objects;

/** A query on one service's database whose single value must be true before the phase runs. */
public record VerificationGate(String service, String query) implements Gate {
    public VerificationGate {
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(query, "query");
    }
}
