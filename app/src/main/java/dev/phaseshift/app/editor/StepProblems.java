package dev.phaseshift.app.editor;

import java.util.List;

/** The validation problems of one step among the plan's, which the simulation prefixes with the step. */
final class StepProblems {
    private StepProblems() {
    }

    /** How the simulation starts a step's problem: {@code step "id" (}. */
    static String prefix(String stepId) {
        return "step \"" + stepId + "\" (";
    }

    static List<String> of(List<String> problems, String stepId) {
        String prefix = prefix(stepId);
        return problems.stream().filter(p -> p.contains(prefix)).toList();
    }
}
