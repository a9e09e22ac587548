package dev.phaseshift.app.graph;

import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.Node;
import dev.phaseshift.graph.SyntheticEstate;
import dev.phaseshift.graph.layout.Diagram;
import dev.phaseshift.graph.layout.DiagramBox;
import dev.phaseshift.graph.layout.DiagramCluster;
import dev.phaseshift.graph.layout.DiagramLink;
import dev.phaseshift.graph.layout.DiagramPainter;
import dev.phaseshift.graph.layout.DiagramProjection;
import dev.phaseshift.graph.layout.LayeredLayout;
import dev.phaseshift.graph.layout.TextMetrics;
import org.eclipse.elk.alg.layered.options.LayeredMetaDataProvider;
import org.eclipse.elk.alg.layered.options.LayeredOptions;
import org.eclipse.elk.core.RecursiveGraphLayoutEngine;
import org.eclipse.elk.core.data.LayoutMetaDataService;
import org.eclipse.elk.core.options.CoreOptions;
import org.eclipse.elk.core.options.Direction;
import org.eclipse.elk.core.options.HierarchyHandling;
import org.eclipse.elk.core.util.BasicProgressMonitor;
import org.eclipse.elk.graph.ElkEdge;
import org.eclipse.elk.graph.ElkNode;
import org.eclipse.elk.graph.util.ElkGraphUtil;

import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Lays out the same diagrams with Phaseshift's {@link LayeredLayout} and with Eclipse ELK's layered algorithm
 * (services as compound nodes, boxes sized as ours size them, edges across the hierarchy), and prints the times.
 * Only compiled with {@code -Pelk-bench}, which brings ELK in; see the README's Benchmarks section.
 */
public final class ElkLayoutBenchmark {
    private static final int RUNS = 7;
    /** The version of ELK on the class path, from its jar's name (its bundles name no implementation version). */
    private static final String ELK_VERSION = elkVersion();

    private ElkLayoutBenchmark() {
    }

    public static void main(String[] args) {
        LayoutMetaDataService.getInstance().registerLayoutMetaDataProviders(new LayeredMetaDataProvider());
        EstateGraph estate3000 = EstateGraph.of(SyntheticEstate.generate(18, 3000, 42));
        EstateGraph estate3200 = EstateGraph.of(SyntheticEstate.generate(8, 3200, 42));
        compare("overview of the 3,000-table estate", OverviewProjection.of(estate3000, Set.of()));
        compare("400-table service", service(estate3200, "svc00"));
        compare("whole 3,000-table estate", DiagramProjection.of(estate3000, "all", Set.of(), Set.of()));
    }

    private static Diagram service(EstateGraph graph, String name) {
        Set<String> ids = new HashSet<>();
        for (Node n : graph.nodes()) {
            if (name.equals(n.service())) {
                ids.add(n.id());
            }
        }
        return DiagramProjection.of(graph.subgraph(ids), name, Set.of(), Set.of());
    }

    private static void compare(String what, Diagram diagram) {
        System.out.printf(Locale.ROOT, "%s: %d boxes, %d links%n", what, diagram.boxes().size(), diagram.links().size());
        time("  ours (LayeredLayout)", () -> new LayeredLayout(DiagramPainter.HEADER).layout(diagram).boxes().size());
        time("  ELK layered " + ELK_VERSION, () -> elk(diagram));
    }

    private static String elkVersion() {
        String jar = LayeredOptions.class.getProtectionDomain().getCodeSource().getLocation().getPath();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("-(\\d+\\.\\d+\\.\\d+)[^/]*\\.jar$").matcher(jar);
        return m.find() ? m.group(1) : "(version unknown)";
    }

    /** ELK's layered algorithm on the diagram: returns how many nodes it placed. */
    static int elk(Diagram diagram) {
        ElkNode root = ElkGraphUtil.createGraph();
        root.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
        root.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
        root.setProperty(CoreOptions.HIERARCHY_HANDLING, HierarchyHandling.INCLUDE_CHILDREN);
        Map<String, ElkNode> clusters = new HashMap<>();
        for (DiagramCluster c : diagram.clusters()) {
            ElkNode frame = ElkGraphUtil.createNode(root);
            frame.setProperty(CoreOptions.ALGORITHM, LayeredOptions.ALGORITHM_ID);
            frame.setProperty(CoreOptions.DIRECTION, Direction.RIGHT);
            clusters.put(c.id(), frame);
        }
        Map<String, ElkNode> boxes = new HashMap<>();
        for (DiagramBox b : diagram.boxes()) {
            ElkNode parent = clusters.getOrDefault(b.cluster(), root);
            ElkNode node = ElkGraphUtil.createNode(parent);
            double width = LayeredLayout.BOX_PADDING * 2 + TextMetrics.width(b.title(), LayeredLayout.FONT_SIZE) + 40;
            for (var row : b.rows()) {
                width = Math.max(width, TextMetrics.width(row.name(), LayeredLayout.FONT_SIZE) + 90);
            }
            node.setDimensions(Math.max(150, Math.min(420, width)), LayeredLayout.HEADER_HEIGHT
                    + (b.rows().size() + (b.hiddenRows() > 0 ? 1 : 0)) * LayeredLayout.ROW_HEIGHT + 6);
            boxes.put(b.id(), node);
        }
        for (DiagramLink l : diagram.links()) {
            ElkNode from = boxes.get(l.fromBox());
            ElkNode to = boxes.get(l.toBox());
            if (from != null && to != null) {
                ElkEdge edge = ElkGraphUtil.createSimpleEdge(from, to);
                ElkGraphUtil.updateContainment(edge);
            }
        }
        new RecursiveGraphLayoutEngine().layout(root, new BasicProgressMonitor());
        return boxes.size();
    }

    private static void time(String what, Supplier<Integer> work) {
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long start = System.nanoTime();
            work.get();
            ms[i] = (System.nanoTime() - start) / 1e6;
        }
        double first = ms[0];
        double[] warm = Arrays.copyOfRange(ms, 2, RUNS);
        Arrays.sort(warm);
        System.out.printf(Locale.ROOT, "%-26s first %7.1f ms   warm median %7.1f ms, best %7.1f ms%n", what, first,
                warm[warm.length / 2], warm[0]);
    }
}
