package dev.phaseshift.graph.layout;

import dev.phaseshift.graph.DependencyKind;

import java.util.Objects;

/**
 * A drawn dependency: {@code from} depends on {@code to}; the arrow points at {@code to}.
 *
 * @param fromRow the row it leaves from, or null for the box header
 * @param toRow   the row it arrives at, or null for the box header
 * @param tooltip the evidence, shown on hover
 */
public record DiagramLink(String fromBox, String fromRow, String toBox, String toRow, DependencyKind kind,
                          boolean proposed, boolean impacted, String tooltip) {
    public DiagramLink {
        Objects.requireNonNull(fromBox, "fromBox");
        Objects.requireNonNull(toBox, "toBox");
        Objects.requireNonNull(kind, "kind");
    }
}
