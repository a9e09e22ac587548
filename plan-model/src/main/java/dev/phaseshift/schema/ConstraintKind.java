package dev.phaseshift.schema;

/** What a table constraint enforces. */
public enum ConstraintKind {
    PRIMARY_KEY, UNIQUE, CHECK,
    /** A PostgreSQL exclusion constraint; its {@link Constraint#expression()} is the whole definition. */
    EXCLUDE
}
