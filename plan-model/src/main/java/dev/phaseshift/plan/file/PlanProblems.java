package dev.phaseshift.plan.file;

import dev.phaseshift.estate.Problem;

import java.util.List;

/** The problems of reading a plan file; each carries the location of the offending key or value. */
final class PlanProblems {
    private PlanProblems() {
    }

    static Problem wrongType(String what, String expected, Node node) {
        return Problem.error("wrong-type", what + " must be " + expected + ", not " + node.describe(), null,
                node.location());
    }

    static Problem missingKey(String key, String what, Node map) {
        return Problem.error("missing-key", "missing key \"" + key + "\" in " + what, null, map.location());
    }

    static void unknownKeys(Node map, List<String> known, String what, List<Problem> problems) {
        for (var e : map.keyLocations().entrySet()) {
            if (!known.contains(e.getKey())) {
                problems.add(Problem.error("unknown-key", "unknown key \"" + e.getKey() + "\" in " + what,
                        RecordMapping.suggestion(e.getKey(), known) + "known keys: " + String.join(", ", known),
                        e.getValue()));
            }
        }
    }
}
