package dev.phaseshift.plan.pattern;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;

import java.util.List;

/** A generated plan, or the problems that kept the pattern from generating one (then {@code plan} is null). */
public record PatternResult(Plan plan, List<Problem> problems) {
    public PatternResult {
        problems = List.copyOf(problems);
    }

    public static PatternResult failed(List<Problem> problems) {
        return new PatternResult(null, problems);
    }

    public boolean succeeded() {
        return plan != null;
    }
}
