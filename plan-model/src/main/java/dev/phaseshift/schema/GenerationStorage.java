package dev.phaseshift.schema;

/** Whether a generated column is computed on write and stored, or computed on read. */
public enum GenerationStorage {
    STORED, VIRTUAL
}
