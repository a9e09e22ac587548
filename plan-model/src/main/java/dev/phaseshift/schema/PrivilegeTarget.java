package dev.phaseshift.schema;

/**
 * The kind of object a {@link Privilege} is on, spelled as {@code GRANT ... ON <kind>} needs it: views and
 * materialized views are {@code TABLE} there, as in {@code pg_dump}.
 */
public enum PrivilegeTarget {
    SCHEMA, TABLE, SEQUENCE, FUNCTION, PROCEDURE, TYPE
}
