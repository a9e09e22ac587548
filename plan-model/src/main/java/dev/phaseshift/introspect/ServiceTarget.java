package dev.phaseshift.introspect;

import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.schema.Engine;

import java.util.Objects;

/**
 * One service of an estate to introspect: where it is, as whom, and what to read.
 * {@link #toString()} shows no password (credentials never do).
 *
 * @param url     the JDBC URL; credentials inside it are used but never shown
 * @param request the service name, schema filters and statement timeout
 */
public record ServiceTarget(Engine engine, String url, Credentials credentials, IntrospectionRequest request) {
    public ServiceTarget {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(url, "url");
        Objects.requireNonNull(credentials, "credentials");
        Objects.requireNonNull(request, "request");
    }

    public String service() {
        return request.service();
    }

    @Override
    public String toString() {
        return "service " + request.service() + " (" + engine.id() + ") at " + JdbcUrl.redact(url) + ", "
                + credentials;
    }
}
