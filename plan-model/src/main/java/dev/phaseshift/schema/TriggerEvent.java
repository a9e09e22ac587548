package dev.phaseshift.schema;

/** A statement kind that fires a trigger; declared in the order PostgreSQL prints them. */
public enum TriggerEvent {
    INSERT, UPDATE, DELETE, TRUNCATE
}
