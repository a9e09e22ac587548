package dev.phaseshift.plan.compat;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One consumer version against the schema at one state of the plan.
 *
 * @param state  {@code before}, or the id of the phase after which the schema is taken
 * @param live   whether that version runs at that state; a break matters only then
 * @param breaks why the version would fail on that schema; empty when it is compatible
 */
public record MatrixCell(String consumer, String version, String state, boolean live, List<ConsumerBreak> breaks) {
    public MatrixCell {
        Objects.requireNonNull(consumer, "consumer");
        Objects.requireNonNull(version, "version");
        Objects.requireNonNull(state, "state");
        breaks = List.copyOf(breaks);
    }

    public boolean compatible() {
        return breaks.isEmpty();
    }

    /** Live on a schema it cannot use: what the plan must not do. */
    public boolean broken() {
        return live && !breaks.isEmpty();
    }

    /** The breaks in words, separated by {@code ; }, or null when compatible. */
    public String reason() {
        return breaks.isEmpty() ? null : breaks.stream().map(ConsumerBreak::reason).collect(Collectors.joining("; "));
    }

    /** {@code billing v1}. */
    public String label() {
        return consumer + " " + version;
    }
}
