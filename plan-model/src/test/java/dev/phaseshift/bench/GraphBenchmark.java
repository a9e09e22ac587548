package dev.phaseshift.bench;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.NodeKind;
import dev.phaseshift.graph.SyntheticEstate;
import dev.phaseshift.graph.analysis.CycleFinder;
import dev.phaseshift.graph.analysis.CycleLevel;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.export.JsonGraphWriter;
import dev.phaseshift.graph.export.SvgWriter;
import dev.phaseshift.graph.inference.ReferenceInference;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramProjection;

import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Times the estate graph on a synthetic 3,000-table, 18-service estate: inference alone, building the graph (with
 * inference), impact of every table, cycle finding, and for scale the JSON export and the full SVG layout.
 * Run: {@code ./mvnw -q -pl plan-model test-compile exec:java -Dexec.classpathScope=test
 * -Dexec.mainClass=dev.phaseshift.bench.GraphBenchmark}, or from an IDE. Arguments: services tables.
 */
public final class GraphBenchmark {
    private GraphBenchmark() {
    }

    public static void main(String[] args) {
        int services = args.length > 0 ? Integer.parseInt(args[0]) : 18;
        int tables = args.length > 1 ? Integer.parseInt(args[1]) : 3000;
        Estate estate = SyntheticEstate.generate(services, tables, 42);
        System.out.printf("synthetic estate: %d services, %d tables, %d declared references, %d consumer versions%n",
                services, estate.tableCount(), estate.references().size(), estate.consumers().size());
        for (int warmup = 0; warmup < 8; warmup++) {
            EstateGraph g = EstateGraph.of(estate);
            new ImpactAnalysis(g).of(g.nodes().stream().filter(n -> n.kind() == NodeKind.TABLE).findFirst()
                    .orElseThrow().id());
        }
        int proposals = time("inference", () -> new ReferenceInference().infer(estate.snapshots()).size());
        EstateGraph graph = time("build graph (with inference)", () -> EstateGraph.of(estate));
        System.out.printf("  graph: %d nodes, %d edges, %d open proposals (inference proposed %d)%n",
                graph.nodeCount(), graph.dependencyCount(), graph.proposals().size(), proposals);
        List<String> all = graph.nodes().stream().filter(n -> n.kind() == NodeKind.TABLE).map(Node::id).toList();
        ImpactAnalysis analysis = new ImpactAnalysis(graph);
        long hits = time("impact of each of " + all.size() + " tables", () -> {
            long total = 0;
            for (String t : all) {
                total += analysis.of(t).hits().size();
            }
            return total;
        });
        System.out.printf("  %.1f hits per table on average%n", (double) hits / all.size());
        Impact widest = all.stream().map(analysis::of)
                .max(java.util.Comparator.comparingInt(i -> i.hits().size())).orElseThrow();
        String widestId = widest.changed().get(0).id();
        time("impact of the table that reaches most", () -> analysis.of(widestId).hits().size());
        System.out.printf("  %s reaches %d objects in %d services%n", widest.changed().get(0).label(),
                widest.hits().size(), widest.services().size());
        time("relation cycles", () -> new CycleFinder(graph, CycleLevel.RELATION).find().size());
        time("service cycles", () -> new CycleFinder(graph, CycleLevel.SERVICE).find().size());
        long start = System.nanoTime();
        EstateGraph fresh = EstateGraph.of(estate);
        new ImpactAnalysis(fresh).of(all.subList(0, 100));
        System.out.printf("build + one impact of 100 tables at once: %d ms%n", (System.nanoTime() - start) / 1_000_000);
        String json = time("json export", () -> JsonGraphWriter.write(graph, null, List.of()));
        System.out.printf("  %d KiB%n", json.length() / 1024);
        String svg = time("layout + svg of the whole estate", () -> SvgWriter.write(DiagramPainter.paint(
                DiagramProjection.of(graph, graph.name(), Set.of(), Set.of()), null)));
        System.out.printf("  %d KiB%n", svg.length() / 1024);
    }

    private static <T> T time(String what, Supplier<T> work) {
        long best = Long.MAX_VALUE;
        T result = null;
        for (int i = 0; i < 5; i++) {
            long start = System.nanoTime();
            result = work.get();
            best = Math.min(best, System.nanoTime() - start);
        }
        System.out.printf("%-45s %6d ms (best of 5)%n", what, best / 1_000_000);
        return result;
    }
}
