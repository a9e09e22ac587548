package dev.phaseshift.dryrun.report;

import java.util.Objects;

/**
 * One cell of the consumer compatibility matrix: a consumer version against the schema at one point of the plan.
 *
 * @param state      {@code before} or the id of the phase after which the schema is taken
 * @param live       whether that version is deployed at that point (a break matters only then)
 * @param compatible whether it still finds everything it reads and writes
 * @param reason     the exact break when not compatible ({@code billing v1 reads orders.public.orders.total,
 *                   dropped in phase contract}), else null
 */
public record CompatibilityCell(String consumer, String version, String state, boolean live, boolean compatible,
                                String reason) {
    public CompatibilityCell {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
    }
}
