package dev.phaseshift.graph.layout;

/** Where a label's x coordinate is: at its start, middle or end. */
public enum Align {
    START, MIDDLE, END
}
