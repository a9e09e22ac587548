package dev.phaseshift.runner;

/** Asks a person to approve a manual gate or confirm a rollback. */
public interface Approver {
    /** The answer, or null when there is nobody to ask (no terminal). */
    Boolean ask(String question);

    /** Never asks: without {@code --yes} the run stops at the gate. */
    Approver NOBODY = question -> null;
}
