package dev.phaseshift.dryrun.report;

import java.util.Objects;

/**
 * A lock seen while a step ran.
 *
 * @param relation     the table (or other object) locked, as {@code schema.table}
 * @param mode         the lock mode as the server names it ({@code AccessExclusiveLock}, {@code SHARED_UPGRADABLE}),
 *                     or {@code write blocked} / {@code writes pass} for a write probe
 * @param granted      whether the step held it (false: it waited for it)
 * @param fromMillis   first seen, in milliseconds since the run started
 * @param toMillis     last seen
 * @param blocksWrites whether a concurrent INSERT/UPDATE/DELETE on the relation would wait for it
 * @param source       how it was seen: {@code pg_locks}, {@code metadata_locks} or {@code write probe}
 */
public record ObservedLock(String relation, String mode, boolean granted, long fromMillis, long toMillis,
                           boolean blocksWrites, String source) {
    public ObservedLock {
        Objects.requireNonNull(relation, "relation");
        Objects.requireNonNull(mode, "mode");
        Objects.requireNonNull(source, "source");
    }
}
