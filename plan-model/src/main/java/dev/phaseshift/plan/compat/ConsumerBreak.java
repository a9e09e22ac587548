package dev.phaseshift.plan.compat;

import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.QualifiedName;
import dev.phaseshift.estate.SourceLocation;

import java.util.Objects;

/**
 * One reason a consumer version is incompatible with the schema at one state of the plan.
 *
 * @param object   the relation, or the column ({@code orders.public.orders.total}), the consumer misses
 * @param via      how the consumer reaches it
 * @param phaseId  the phase whose step removed it (or made the column required), or, when it does not exist yet,
 *                 the later phase that creates it; null when no phase of the plan explains it
 * @param stepId   the step within that phase, or null with it
 * @param pending  whether the object is missing because the plan creates it only later (a deployment placed
 *                 too early) rather than because the plan removed it
 * @param reason   the break in words: {@code billing v1 reads orders.public.orders.total, dropped in phase
 *                 contract}
 * @param location where the consumer contract names the object, or null
 */
public record ConsumerBreak(String consumer, String version, BreakKind kind, QualifiedName object, Channel via,
                            String phaseId, String stepId, boolean pending, String reason, SourceLocation location) {
    public ConsumerBreak {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(object, "object");
        Objects.requireNonNull(reason, "reason");
    }

    /** {@code billing v1}. */
    public String label() {
        return consumer + " " + version;
    }
}
