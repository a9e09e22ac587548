package dev.phaseshift.app.graph;

/** The three ways into the graph: the whole estate, one service, or the neighbourhood of one object. */
public enum GraphMode {
    /** One box per service, dependencies between services counted per kind. */
    OVERVIEW,
    /** The tables and views of one service, framed by schema. */
    SERVICE,
    /** What lies within N hops of a table, view or column, across services, with the impact of changing it. */
    NEIGHBOURHOOD
}
