package dev.phaseshift.export;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.analysis.Neighbourhood;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramProjection;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.lock.StepLocks;
import dev.phaseshift.lock.TableLock;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.compat.CompatibilityMatrix;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What a review document shows besides the plan itself, computed once for both formats: the lock model per
 * phase, the consumer compatibility matrix, the lint findings, and the dependency picture around the tables the
 * plan changes.
 *
 * @param lintNotes problems of the estate's lint section (its valid settings were used)
 */
record ReviewContent(ExportInput input, List<PhaseLocks> locks, CompatibilityMatrix matrix, List<Finding> findings,
                     List<String> lintNotes, Scene picture) {
    static ReviewContent of(ExportInput input) {
        PlanCheck check = PlanCheck.of(input.plan(), input.estate(), input.simulation());
        List<PhaseLocks> locks = check.locks();
        return new ReviewContent(input, locks, check.matrix(), check.lint().findings(),
                check.configProblems().stream().map(Problem::toString).toList(), picture(input, locks));
    }

    /** The tables the plan locks and what depends on them one hop away, across services. */
    private static Scene picture(ExportInput input, List<PhaseLocks> locks) {
        EstateGraph graph = EstateGraph.of(input.estate());
        Set<String> focus = new LinkedHashSet<>();
        for (PhaseLocks phase : locks) {
            for (StepLocks step : phase.steps()) {
                for (TableLock lock : step.strongestLocks()) {
                    String id = "table:" + step.service() + "." + lock.table();
                    if (graph.contains(id)) {
                        focus.add(id);
                    }
                }
            }
        }
        if (focus.isEmpty()) {
            graph.nodes().stream().filter(n -> input.touchedServices().contains(n.service()))
                    .filter(n -> n.kind().isRelation()).map(Node::id).forEach(focus::add);
        }
        EstateGraph shown = focus.isEmpty() ? graph : graph.subgraph(Neighbourhood.around(graph, focus, 1));
        String title = input.plan().name() + " — what the changed tables touch";
        return DiagramPainter.paint(DiagramProjection.of(shown, title, focus, Set.of()),
                "services " + String.join(", ", input.touchedServices()));
    }
}
