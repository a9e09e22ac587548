package dev.phaseshift.dryrun.report;

import java.util.List;

/**
 * What static analysis predicted for a step, kept beside what was observed.
 *
 * @param locks        each lock as {@code MODE on table} ({@code ACCESS EXCLUSIVE on public.orders})
 * @param blocksWrites whether writers of a table with rows would wait for the step
 * @param effect       {@code metadata only}, {@code scans N rows}, {@code rewrites N rows}, ...
 * @param estimate     the estimated production duration in words ({@code ~0 s}, {@code ~4 min}), or null
 */
public record Prediction(List<String> locks, boolean blocksWrites, String effect, String estimate) {
    public Prediction {
        locks = locks == null ? List.of() : List.copyOf(locks);
    }
}
