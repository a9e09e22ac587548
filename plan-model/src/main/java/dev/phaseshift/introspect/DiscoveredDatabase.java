package dev.phaseshift.introspect;

import java.util.Objects;

/**
 * A database found on a server by {@link ServerDiscovery}: a candidate for a service.
 *
 * @param sizeBytes data and indexes on disk, as the server estimates them
 */
public record DiscoveredDatabase(String name, long sizeBytes) {
    public DiscoveredDatabase {
        Objects.requireNonNull(name, "name");
    }
}
