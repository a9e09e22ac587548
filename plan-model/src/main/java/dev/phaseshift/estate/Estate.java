package dev.phaseshift.estate;

import dev.phaseshift.schema.Snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A loaded estate: its definition and the snapshot of each service that has one.
 *
 * @param location the estate file or resource it was read from, for titles and messages
 * @param notes    what loading noticed but did not fail on (a service without snapshot...)
 */
public record Estate(EstateDefinition definition, String location, Map<String, Snapshot> snapshots, List<String> notes) {
    public Estate {
        Objects.requireNonNull(definition, "definition");
        snapshots = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(snapshots));
        notes = List.copyOf(notes);
    }

    public String name() {
        return definition.name();
    }

    public List<ServiceDefinition> services() {
        return definition.services();
    }

    public Optional<Snapshot> snapshot(String service) {
        return Optional.ofNullable(snapshots.get(service));
    }

    public int tableCount() {
        return snapshots.values().stream().mapToInt(Snapshot::tableCount).sum();
    }
}
