package dev.phaseshift.app.plan;

import java.util.List;
import java.util.Objects;

/** One phase on the Locks page: its summary line, then one line per step. */
public record LockLines(String phaseId, String summary, List<String> steps) {
    public LockLines {
        Objects.requireNonNull(phaseId, "phaseId");
        Objects.requireNonNull(summary, "summary");
        steps = List.copyOf(steps);
    }
}
