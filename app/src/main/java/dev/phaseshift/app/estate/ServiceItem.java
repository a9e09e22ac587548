package dev.phaseshift.app.estate;

import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Snapshot;

import java.util.Optional;

/**
 * A service of the estate.
 *
 * @param snapshot its schema, or null when the service has not been inspected yet
 */
public record ServiceItem(ServiceDefinition service, Snapshot snapshot) implements EstateItem {
    @Override
    public String name() {
        return service.name();
    }

    @Override
    public String path() {
        return service.name();
    }

    public Optional<Snapshot> inspectedSnapshot() {
        return Optional.ofNullable(snapshot);
    }

    public boolean inspected() {
        return snapshot != null;
    }
}
