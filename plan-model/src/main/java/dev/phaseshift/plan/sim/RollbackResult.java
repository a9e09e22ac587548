package dev.phaseshift.plan.sim;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Snapshot;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The simulated schemas after rolling a plan back, and what the rollback found on the way: errors of undo
 * operations that do not apply (those were skipped), and notes of what the undo cannot give back (row values, a
 * PostgreSQL column position...). Each problem names the step and the undo operation.
 */
public record RollbackResult(Map<String, Snapshot> schemas, List<Problem> problems) {
    public RollbackResult {
        Objects.requireNonNull(schemas, "schemas");
        schemas = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(schemas));
        problems = List.copyOf(problems);
    }

    /** Whether every undo operation validated without errors. */
    public boolean clean() {
        return problems.stream().noneMatch(Problem::isError);
    }
}
