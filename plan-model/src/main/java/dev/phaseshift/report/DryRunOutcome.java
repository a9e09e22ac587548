package dev.phaseshift.report;

import java.util.List;
import java.util.Objects;

/**
 * The verdicts of a dry-run report, as a review document shows them.
 *
 * @param kind       {@code shadow} or {@code simulated}
 * @param reversible the verdict of rolling the whole plan back ({@code passed}, {@code failed}, {@code skipped})
 */
public record DryRunOutcome(String file, String plan, String kind, String startedAt, boolean passed,
                            List<PhaseOutcome> phases, String reversible, long compatibilityBreaks,
                            List<String> problems) {
    public DryRunOutcome {
        Objects.requireNonNull(file, "file");
        phases = List.copyOf(phases);
        problems = List.copyOf(problems);
    }

    /** One phase of the rehearsal: whether its steps passed, and its rollback and idempotence verdicts. */
    public record PhaseOutcome(String id, boolean passed, int steps, int stepsFailed, String rollback,
                               String idempotence) {
    }
}
