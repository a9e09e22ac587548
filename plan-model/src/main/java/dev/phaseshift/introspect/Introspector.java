package dev.phaseshift.introspect;

import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

import java.sql.Connection;

/**
 * Reads one service's schema from a live connection. Implementations only read: they run in their own
 * read-only transaction with the request's statement timeout and roll it back, leaving the connection's
 * auto-commit setting as they found it. The connection must not be inside a transaction.
 */
public interface Introspector {
    Engine engine();

    /**
     * Reads the schemas the request selects.
     *
     * @return the snapshot in canonical order; partial when some objects could not be read fully
     * @throws IntrospectionException naming the service and the object or catalog query that failed
     */
    Snapshot introspect(Connection connection, IntrospectionRequest request) throws IntrospectionException;

    static Introspector forEngine(Engine engine) {
        return switch (engine) {
            case POSTGRESQL -> new PostgresIntrospector();
            case MYSQL -> new MySqlIntrospector();
        };
    }
}
