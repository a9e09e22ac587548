package dev.phaseshift.graph;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.graph.analysis.CycleFinder;
import dev.phaseshift.graph.analysis.CycleLevel;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The graph at estate scale: correctness only; the timing figure is GraphBenchmark's. */
class SyntheticEstateGraphTest {
    @Test
    void threeThousandTablesBuildWithProposalsImpactsAndServiceCycles() {
        Estate estate = SyntheticEstate.generate(18, 3000, 42);
        assertThat(estate.tableCount()).isEqualTo(3000);
        EstateGraph graph = EstateGraph.of(estate);
        ImpactAnalysis impact = new ImpactAnalysis(graph);
        List<String> tables = graph.nodes().stream().filter(n -> n.kind() == NodeKind.TABLE).map(Node::id)
                .limit(100).toList();
        int hits = 0;
        for (String t : tables) {
            hits += impact.of(t).hits().size();
        }
        assertThat(hits).isPositive();
        assertThat(graph.proposals()).isNotEmpty();
        assertThat(new CycleFinder(graph, CycleLevel.SERVICE).find()).isNotNull();
    }
}
