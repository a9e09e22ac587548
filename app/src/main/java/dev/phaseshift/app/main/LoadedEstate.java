package dev.phaseshift.app.main;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.graph.EstateGraph;

import java.util.List;
import java.util.Objects;

/**
 * What one background load produces: the estate, its dependency graph and the problems of its file, so the FX
 * thread only has to show them.
 */
record LoadedEstate(Estate estate, EstateGraph graph, List<Problem> problems) {
    LoadedEstate {
        Objects.requireNonNull(estate, "estate");
        Objects.requireNonNull(graph, "graph");
        problems = List.copyOf(problems);
    }

    static LoadedEstate of(Estate estate) {
        return new LoadedEstate(estate, EstateGraph.of(estate), estate.problems());
    }
}
