package dev.phaseshift.plan.sim;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Snapshot;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What simulating a plan found: its problems (structure first, then steps in plan order), the schemas before
 * the plan, after each phase, and every step that applied cleanly.
 */
public record SimulationResult(List<Problem> problems, Map<String, Snapshot> initial, List<PhaseState> phases,
                               List<AppliedStep> applied) {
    public SimulationResult {
        problems = List.copyOf(problems);
        initial = Collections.unmodifiableMap(new LinkedHashMap<>(initial));
        phases = List.copyOf(phases);
        applied = List.copyOf(applied);
    }

    public boolean hasErrors() {
        return problems.stream().anyMatch(Problem::isError);
    }

    /** The schemas after the first {@code count} phases (0: before the plan). */
    public Map<String, Snapshot> after(int count) {
        return count == 0 ? initial : phases.get(count - 1).schemas();
    }
}
