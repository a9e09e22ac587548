package dev.phaseshift.plan;

import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.plan.op.Operation;

import java.util.Objects;

/**
 * One change to one service.
 *
 * @param rollback an explicit undo that replaces the operation's own inverse, or null
 * @param location where the step was written in its plan file, or null for a plan built in memory
 */
public record Step(String id, String service, Operation operation, Operation rollback, String notes,
                   SourceLocation location) {
    public Step {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(service, "service");
        Objects.requireNonNull(operation, "operation");
    }

    public static Step of(String id, String service, Operation operation) {
        return new Step(id, service, operation, null, null, null);
    }

    public Step withNotes(String value) {
        return new Step(id, service, operation, rollback, value, location);
    }

    public Step withRollback(Operation value) {
        return new Step(id, service, operation, value, notes, location);
    }
}
