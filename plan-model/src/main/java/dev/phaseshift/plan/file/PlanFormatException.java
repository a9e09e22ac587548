package dev.phaseshift.plan.file;

import dev.phaseshift.estate.Problem;

import java.util.List;

/** A plan file that cannot be read: every problem found, each with file, line and column. */
public final class PlanFormatException extends Exception {
    private final transient List<Problem> problems;

    public PlanFormatException(List<Problem> problems) {
        super(problems.isEmpty() ? "bad plan file" : problems.get(0).toString());
        this.problems = List.copyOf(problems);
    }

    public List<Problem> problems() {
        return problems;
    }
}
