package dev.phaseshift.graph.analysis;

/** At which granularity a cycle is looked for. */
public enum CycleLevel {
    /** Tables and views: columns and triggers count as their relation. */
    RELATION,
    /** Services: everything counts as its service, consumers included. */
    SERVICE
}
