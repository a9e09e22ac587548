package dev.phaseshift.introspect;

import java.util.Objects;

/**
 * What a server says it is when a connection is tested: product name and version as the driver reports them.
 *
 * @param product e.g. {@code PostgreSQL}, {@code MariaDB}, {@code MySQL}
 * @param version e.g. {@code 15.10 (Debian 15.10-1.pgdg120+1)} or {@code 10.11.6-MariaDB-0+deb12u1}
 */
public record ServerIdentity(String product, String version) {
    public ServerIdentity {
        Objects.requireNonNull(product, "product");
        Objects.requireNonNull(version, "version");
    }

    @Override
    public String toString() {
        return product + " " + version;
    }
}
