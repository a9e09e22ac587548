/**
 * Live introspection: reads a service's schema from a running PostgreSQL or MySQL/MariaDB server into a
 * {@link dev.phaseshift.schema.Snapshot}. One {@link dev.phaseshift.introspect.Introspector} per engine, each
 * with one method per concern and its SQL in named constants; a handful of bulk catalog queries per database,
 * assembled in memory, inside one read-only transaction with a statement timeout. Connections come from
 * {@link dev.phaseshift.introspect.DatabaseConnector}; an estate is read in parallel by
 * {@link dev.phaseshift.introspect.EstateIntrospection}. The only package besides dry-run and the runner that
 * touches JDBC. Passwords are never written to a snapshot, a log or a message.
 */
package dev.phaseshift.introspect;
