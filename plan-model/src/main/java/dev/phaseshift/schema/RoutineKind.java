package dev.phaseshift.schema;

/** A stored function or a stored procedure. */
public enum RoutineKind {
    FUNCTION, PROCEDURE
}
