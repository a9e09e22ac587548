package dev.phaseshift.runner;

import java.util.Objects;

/**
 * One row of a target's journal.
 *
 * @param stepId    the step's id; for a gate {@code gate-N}, for a phase or lock row {@code -}
 * @param startedAt UTC, ISO-8601 to the second ({@code 2026-12-07T10:15:00Z})
 * @param highWater the last primary-key value a backfill committed, as text, or null
 * @param detail    the error of a failed attempt, or how a gate was passed; never a secret
 */
public record JournalEntry(long id, EntryKind kind, String planName, String planChecksum, String phase,
                           String stepId, String stepChecksum, EntryStatus status, int attempt, String startedAt,
                           String finishedAt, long rowsDone, String highWater, RunnerIdentity by, String detail) {
    public JournalEntry {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(planName, "planName");
        Objects.requireNonNull(phase, "phase");
        Objects.requireNonNull(stepId, "stepId");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(by, "by");
    }
}
