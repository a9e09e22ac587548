package dev.phaseshift.plan.sim;

import dev.phaseshift.schema.Snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;

/** The schema of every service after one phase (services the plan does not touch included, unchanged). */
public record PhaseState(String phaseId, Map<String, Snapshot> schemas) {
    public PhaseState {
        schemas = Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
    }

    public Optional<Snapshot> schema(String service) {
        return Optional.ofNullable(schemas.get(service));
    }
}
