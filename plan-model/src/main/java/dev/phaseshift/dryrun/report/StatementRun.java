package dev.phaseshift.dryrun.report;

import java.util.Objects;

/**
 * One statement of a step.
 *
 * @param mode  {@code transactional}, {@code outside transaction} or {@code must return true}
 * @param rows  the update count the server reported, or null
 * @param error the server's message, or null when it succeeded
 */
public record StatementRun(String sql, String mode, long startMillis, long wallMillis, Long rows, String error) {
    public StatementRun {
        Objects.requireNonNull(sql, "sql");
        Objects.requireNonNull(mode, "mode");
    }
}
