package dev.phaseshift.estate;

import dev.phaseshift.schema.Snapshot;

import java.util.Collections;
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
        snapshots = Collections.unmodifiableMap(new LinkedHashMap<>(snapshots));
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

    public List<DeclaredReference> references() {
        return definition.references();
    }

    public List<ConsumerContract> consumers() {
        return definition.consumers();
    }

    public List<ReferenceDecision> decisions() {
        return definition.decisions();
    }

    /**
     * What is wrong with the names the estate file uses, checked against the snapshots (computed on each call):
     * unknown services, tables and columns in references and contracts are errors, stale decisions warnings.
     */
    public List<Problem> problems() {
        return EstateCheck.check(definition, snapshots);
    }

    /** A copy with other snapshots, e.g. after reading the databases again; the definition is unchanged. */
    public Estate withSnapshots(Map<String, Snapshot> value) {
        return new Estate(definition, location, value, notes);
    }

    public Estate withDefinition(EstateDefinition value) {
        return new Estate(value, location, snapshots, notes);
    }
}
