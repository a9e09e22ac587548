package dev.phaseshift.plan;

/** A person confirms before the phase runs ({@code phaseshift apply} asks, {@code --yes} answers). */
public record ManualApproval(String description) implements Gate {
}
