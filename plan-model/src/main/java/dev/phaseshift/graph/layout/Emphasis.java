package dev.phaseshift.graph.layout;

/** How a box or row stands out: the object in focus, something its change reaches, or neither. */
public enum Emphasis {
    NONE, FOCUS, IMPACTED
}
