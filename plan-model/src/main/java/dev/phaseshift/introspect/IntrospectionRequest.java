package dev.phaseshift.introspect;

import java.time.Duration;
import java.util.List;
import java.util.Objects;

/**
 * What to read from one service.
 *
 * @param service          the service name, used in the snapshot and in every message
 * @param includeSchemas   schema names or globs ({@code *}, {@code ?}) to read; empty means every non-system
 *                         schema (PostgreSQL) or the connection's database, else every database (MySQL). A
 *                         name without wildcards that matches nothing is an error.
 * @param excludeSchemas   names or globs left out after {@code includeSchemas}
 * @param statementTimeout the limit for each catalog query
 */
public record IntrospectionRequest(String service, List<String> includeSchemas, List<String> excludeSchemas,
                                   Duration statementTimeout, IntrospectionListener listener) {
    public static final Duration DEFAULT_STATEMENT_TIMEOUT = Duration.ofSeconds(30);

    public IntrospectionRequest {
        Objects.requireNonNull(service, "service");
        includeSchemas = includeSchemas == null ? List.of() : List.copyOf(includeSchemas);
        excludeSchemas = excludeSchemas == null ? List.of() : List.copyOf(excludeSchemas);
        statementTimeout = statementTimeout == null ? DEFAULT_STATEMENT_TIMEOUT : statementTimeout;
        listener = listener == null ? IntrospectionListener.NONE : listener;
        if (statementTimeout.isNegative() || statementTimeout.isZero()) {
            throw new IllegalArgumentException("statement timeout must be positive: " + statementTimeout);
        }
    }

    /** Every schema, the default timeout, no listener. */
    public static IntrospectionRequest of(String service) {
        return new IntrospectionRequest(service, List.of(), List.of(), null, null);
    }

    public IntrospectionRequest withSchemas(List<String> include, List<String> exclude) {
        return new IntrospectionRequest(service, include, exclude, statementTimeout, listener);
    }

    public IntrospectionRequest withStatementTimeout(Duration value) {
        return new IntrospectionRequest(service, includeSchemas, excludeSchemas, value, listener);
    }

    public IntrospectionRequest withListener(IntrospectionListener value) {
        return new IntrospectionRequest(service, includeSchemas, excludeSchemas, statementTimeout, value);
    }
}
