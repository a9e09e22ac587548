package dev.phaseshift.graph.layout;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A compact layered layout for {@link Diagram}s, with one cluster per service.
 *
 * <ol>
 *   <li>Services are layered left to right by longest path towards the services they depend on, so what
 *       everybody depends on (customers, catalog) ends up on the right and consumers on the left; cycles are
 *       broken by ignoring the edges that close them.</li>
 *   <li>Inside each service the boxes are layered the same way; a box with no links inside its service goes
 *       next to the services it talks to.</li>
 *   <li>Boxes and clusters are ordered within their layer by the barycentre of the rows they link to, a few
 *       sweeps, keeping the order with the fewest crossings; then each box moves towards its barycentre as far
 *       as its neighbours let it.</li>
 *   <li>Links leave a box at the row they start from and enter at the row they end at, as smooth curves that
 *       pass intermediate columns through the free gaps between boxes.</li>
 * </ol>
 */
public final class LayeredLayout {
    public static final double FONT_SIZE = 12;
    public static final double ROW_HEIGHT = 18;
    public static final double HEADER_HEIGHT = 24;
    public static final double BOX_PADDING = 10;
    public static final double CLUSTER_TITLE = 42;
    public static final double CLUSTER_PADDING = 14;
    private static final double BOX_GAP = 18;
    private static final double COLUMN_GAP = 70;
    private static final double LAYER_GAP = 100;
    private static final double CLUSTER_GAP = 30;
    private static final double MARGIN = 24;
    private static final double MIN_BOX_WIDTH = 150;
    private static final double MAX_BOX_WIDTH = 420;
    private static final int SWEEPS = 12;
    private static final double LANE = 4;
    private static final int MAX_COUNTED_LINKS = 3000;

    private final double top;

    /** @param top space above the drawing, for a title and legend */
    public LayeredLayout(double top) {
        this.top = top;
    }

    public DiagramLayout layout(Diagram diagram) {
        return new Run(diagram).run();
    }

    /** The state of one layout run. */
    private final class Run {
        private final Diagram diagram;
        private final Map<String, DiagramBox> boxes = new LinkedHashMap<>();
        private final Map<String, double[]> sizes = new HashMap<>();
        /** {@code boxId|rowId} to the row's position in its box (the first, where ids repeat). */
        private final Map<String, Integer> rowIndex = new HashMap<>();
        private final List<DiagramLink> links = new ArrayList<>();
        private final Map<String, Integer> clusterLayer = new HashMap<>();
        private final Map<String, Integer> boxLayer = new HashMap<>();
        private final Map<String, Integer> column = new HashMap<>();
        /** Per service layer, the clusters top to bottom. */
        private final List<List<String>> clusterOrder = new ArrayList<>();
        /** Per cluster, per layer inside it, the boxes top to bottom. */
        private final Map<String, List<List<String>>> boxOrder = new LinkedHashMap<>();
        private double[] columnX;
        private double[] columnWidth;
        private final Map<String, Rect> boxRects = new HashMap<>();
        private final Map<String, Rect> clusterRects = new HashMap<>();
        private double width;
        private double height;

        Run(Diagram diagram) {
            this.diagram = diagram;
            for (DiagramBox b : diagram.boxes()) {
                boxes.put(b.id(), b);
                sizes.put(b.id(), size(b));
                for (int i = b.rows().size() - 1; i >= 0; i--) {
                    rowIndex.put(b.id() + "|" + b.rows().get(i).id(), i);
                }
            }
            for (DiagramLink l : diagram.links()) {
                if (boxes.containsKey(l.fromBox()) && boxes.containsKey(l.toBox())) {
                    links.add(l);
                }
            }
        }

        DiagramLayout run() {
            assignLayers();
            List<List<String>> bestClusters = copyClusters();
            Map<String, List<List<String>>> bestBoxes = copyBoxes();
            int best = Integer.MAX_VALUE;
            boolean count = links.size() <= MAX_COUNTED_LINKS;
            for (int sweep = 0; sweep <= SWEEPS; sweep++) {
                place();
                int crossings = count ? crossings() : 0;
                if (crossings < best) {
                    best = crossings;
                    bestClusters = copyClusters();
                    bestBoxes = copyBoxes();
                }
                if (!count && sweep >= 3) {
                    break;
                }
                reorder(sweep);
            }
            clusterOrder.clear();
            clusterOrder.addAll(bestClusters);
            boxOrder.clear();
            boxOrder.putAll(bestBoxes);
            place();
            refine();
            refine();
            List<Route> routes = new ArrayList<>();
            lanes = new HashMap<>();
            for (DiagramLink l : links) {
                routes.add(new Route(l, route(l)));
            }
            lanes = null;
            Map<String, Rect> rows = new HashMap<>();
            for (DiagramBox b : boxes.values()) {
                Rect r = boxRects.get(b.id());
                for (int i = 0; i < b.rows().size(); i++) {
                    rows.put(b.id() + "|" + b.rows().get(i).id(),
                            new Rect(r.x(), r.y() + HEADER_HEIGHT + i * ROW_HEIGHT, r.width(), ROW_HEIGHT));
                }
            }
            return new DiagramLayout(width, height, boxRects, clusterRects, rows, routes);
        }

        // --- sizes --------------------------------------------------------------------------------------

        private double[] size(DiagramBox b) {
            double w = TextMetrics.width(b.title(), FONT_SIZE) + 2 * BOX_PADDING + 40;
            for (DiagramRow r : b.rows()) {
                double row = TextMetrics.width(r.name(), FONT_SIZE) + 2 * BOX_PADDING
                        + (r.detail() == null ? 0 : TextMetrics.width(r.detail(), FONT_SIZE - 1) + 18);
                w = Math.max(w, row);
            }
            w = Math.min(MAX_BOX_WIDTH, Math.max(MIN_BOX_WIDTH, Math.ceil(w)));
            double h = HEADER_HEIGHT + b.rows().size() * ROW_HEIGHT + (b.hiddenRows() > 0 ? ROW_HEIGHT : 0) + 4;
            return new double[] {w, h};
        }

        // --- layers -------------------------------------------------------------------------------------

        private void assignLayers() {
            List<String> clusters = new ArrayList<>();
            for (DiagramCluster c : diagram.clusters()) {
                if (boxes.values().stream().anyMatch(b -> b.cluster().equals(c.id()))) {
                    clusters.add(c.id());
                }
            }
            for (DiagramBox b : boxes.values()) {
                if (!clusters.contains(b.cluster())) {
                    clusters.add(b.cluster());
                }
            }
            Map<String, Set<String>> clusterOut = new HashMap<>();
            Map<String, Set<String>> boxOut = new HashMap<>();
            for (DiagramLink l : links) {
                String from = boxes.get(l.fromBox()).cluster();
                String to = boxes.get(l.toBox()).cluster();
                if (!from.equals(to)) {
                    clusterOut.computeIfAbsent(from, k -> new LinkedHashSet<>()).add(to);
                } else if (!l.fromBox().equals(l.toBox())) {
                    boxOut.computeIfAbsent(l.fromBox(), k -> new LinkedHashSet<>()).add(l.toBox());
                }
            }
            clusterLayer.putAll(layersTowardsSinks(clusters, clusterOut));
            // which side of its cluster each box's links to other services would rather leave from
            Map<String, Integer> side = new HashMap<>();
            for (DiagramLink l : links) {
                int from = clusterLayer.get(boxes.get(l.fromBox()).cluster());
                int to = clusterLayer.get(boxes.get(l.toBox()).cluster());
                if (from != to) {
                    side.merge(l.fromBox(), Integer.signum(to - from), Integer::sum);
                    side.merge(l.toBox(), Integer.signum(from - to), Integer::sum);
                }
            }
            int layers = clusterLayer.values().stream().mapToInt(i -> i).max().orElse(0) + 1;
            for (int i = 0; i < layers; i++) {
                clusterOrder.add(new ArrayList<>());
            }
            for (String c : clusters) {
                clusterOrder.get(clusterLayer.get(c)).add(c);
                List<String> members = boxes.values().stream().filter(b -> b.cluster().equals(c))
                        .map(DiagramBox::id).toList();
                Map<String, Integer> inner = layersTowardsSinks(members, boxOut);
                int max = inner.values().stream().mapToInt(i -> i).max().orElse(0);
                for (String b : members) {
                    boolean linkedInside = boxOut.containsKey(b)
                            || boxOut.values().stream().anyMatch(s -> s.contains(b));
                    if (!linkedInside) {
                        inner.put(b, side.getOrDefault(b, 0) > 0 ? max : 0);
                    }
                }
                List<List<String>> order = new ArrayList<>();
                for (int i = 0; i <= max; i++) {
                    order.add(new ArrayList<>());
                }
                for (String b : members) {
                    order.get(inner.get(b)).add(b);
                    boxLayer.put(b, inner.get(b));
                }
                order.removeIf(List::isEmpty);
                // renumber so the layers inside a cluster have no gaps
                for (int i = 0; i < order.size(); i++) {
                    for (String b : order.get(i)) {
                        boxLayer.put(b, i);
                    }
                }
                boxOrder.put(c, order);
            }
            int[] offset = new int[layers + 1];
            for (int s = 0; s < layers; s++) {
                int widest = 1;
                for (String c : clusterOrder.get(s)) {
                    widest = Math.max(widest, boxOrder.get(c).size());
                }
                offset[s + 1] = offset[s] + widest;
            }
            for (DiagramBox b : boxes.values()) {
                column.put(b.id(), offset[clusterLayer.get(b.cluster())] + boxLayer.get(b.id()));
            }
            columnX = new double[offset[layers]];
            columnWidth = new double[offset[layers]];
            layerOfColumn = new int[offset[layers]];
            for (int s = 0; s < layers; s++) {
                for (int c = offset[s]; c < offset[s + 1]; c++) {
                    layerOfColumn[c] = s;
                }
            }
        }

        private int[] layerOfColumn;
        /** Free height ranges per column for the current placement; null when the placement changed. */
        private Map<Integer, List<double[]>> gapCache;
        /** While routing for good: the heights already taken in each column, so parallel links stay apart. */
        private Map<Integer, List<Double>> lanes;

        /**
         * Longest-path layers with dependencies to the right: a node that depends on nothing (in this set) is in
         * the last layer, each other one left of everything it depends on. Edges that close a cycle are ignored.
         */
        private Map<String, Integer> layersTowardsSinks(List<String> nodes, Map<String, Set<String>> out) {
            Set<String> members = new HashSet<>(nodes);
            Map<String, Integer> depth = new HashMap<>();
            Set<String> onStack = new HashSet<>();
            for (String n : nodes) {
                depth(n, members, out, depth, onStack);
            }
            int max = depth.values().stream().mapToInt(i -> i).max().orElse(0);
            Map<String, Integer> layers = new HashMap<>();
            for (String n : nodes) {
                layers.put(n, max - depth.get(n));
            }
            return layers;
        }

        /** Longest path to a sink, iteratively (deep chains must not overflow the stack). */
        private void depth(String start, Set<String> members, Map<String, Set<String>> out,
                           Map<String, Integer> depth, Set<String> onStack) {
            if (depth.containsKey(start)) {
                return;
            }
            Deque<String> stack = new ArrayDeque<>();
            Map<String, List<String>> pending = new HashMap<>();
            stack.push(start);
            onStack.add(start);
            while (!stack.isEmpty()) {
                String at = stack.peek();
                List<String> next = pending.computeIfAbsent(at, k -> new ArrayList<>(
                        out.getOrDefault(k, Set.of()).stream().filter(members::contains).toList()));
                if (!next.isEmpty()) {
                    String n = next.remove(next.size() - 1);
                    if (!depth.containsKey(n) && !onStack.contains(n)) {
                        stack.push(n);
                        onStack.add(n);
                    }
                    continue;
                }
                int d = 0;
                for (String n : out.getOrDefault(at, Set.of())) {
                    if (members.contains(n) && depth.containsKey(n) && !n.equals(at)) {
                        d = Math.max(d, depth.get(n) + 1);
                    }
                }
                depth.put(at, d);
                stack.pop();
                onStack.remove(at);
            }
        }

        // --- ordering -----------------------------------------------------------------------------------

        private void reorder(int sweep) {
            Map<String, Double> bary = barycentres();
            for (List<List<String>> layers : boxOrder.values()) {
                for (List<String> layer : layers) {
                    sortBy(layer, bary, sweep);
                }
            }
            Map<String, Double> clusterBary = new HashMap<>();
            Map<String, double[]> sums = new HashMap<>();
            for (DiagramLink l : links) {
                String from = boxes.get(l.fromBox()).cluster();
                String to = boxes.get(l.toBox()).cluster();
                if (!from.equals(to)) {
                    add(sums, from, port(l.toBox(), l.toRow()));
                    add(sums, to, port(l.fromBox(), l.fromRow()));
                }
            }
            sums.forEach((k, v) -> clusterBary.put(k, v[0] / v[1]));
            for (List<String> layer : clusterOrder) {
                for (String c : layer) {
                    clusterBary.putIfAbsent(c, clusterRects.get(c).centreY());
                }
                sortBy(layer, clusterBary, sweep);
            }
        }

        private void sortBy(List<String> items, Map<String, Double> key, int sweep) {
            List<String> copy = new ArrayList<>(items);
            Map<String, Integer> position = new HashMap<>();
            for (int i = 0; i < copy.size(); i++) {
                position.put(copy.get(i), i);
            }
            // ties keep their order, alternately broken up and down, so equal keys do not lock in
            copy.sort(Comparator.comparingDouble((String id) -> key.getOrDefault(id, 0.0))
                    .thenComparingInt(id -> sweep % 2 == 0 ? position.get(id) : -position.get(id)));
            items.clear();
            items.addAll(copy);
        }

        /** For each box, the mean height of the rows its links lead to, relative to its own top. */
        private Map<String, Double> barycentres() {
            Map<String, double[]> sums = new HashMap<>();
            for (DiagramLink l : links) {
                if (l.fromBox().equals(l.toBox())) {
                    continue;
                }
                add(sums, l.fromBox(), port(l.toBox(), l.toRow()) - offset(l.fromBox(), l.fromRow()));
                add(sums, l.toBox(), port(l.fromBox(), l.fromRow()) - offset(l.toBox(), l.toRow()));
            }
            Map<String, Double> bary = new HashMap<>();
            for (String b : boxes.keySet()) {
                double[] s = sums.get(b);
                bary.put(b, s == null ? boxRects.get(b).y() : s[0] / s[1]);
            }
            return bary;
        }

        private void add(Map<String, double[]> sums, String key, double value) {
            double[] s = sums.computeIfAbsent(key, k -> new double[2]);
            s[0] += value;
            s[1] += 1;
        }

        private List<List<String>> copyClusters() {
            List<List<String>> copy = new ArrayList<>();
            clusterOrder.forEach(l -> copy.add(new ArrayList<>(l)));
            return copy;
        }

        private Map<String, List<List<String>>> copyBoxes() {
            Map<String, List<List<String>>> copy = new LinkedHashMap<>();
            boxOrder.forEach((k, v) -> {
                List<List<String>> layers = new ArrayList<>();
                v.forEach(l -> layers.add(new ArrayList<>(l)));
                copy.put(k, layers);
            });
            return copy;
        }

        // --- placement ----------------------------------------------------------------------------------

        private void place() {
            gapCache = null;
            java.util.Arrays.fill(columnWidth, MIN_BOX_WIDTH);
            for (DiagramBox b : boxes.values()) {
                int c = column.get(b.id());
                columnWidth[c] = Math.max(columnWidth[c], sizes.get(b.id())[0]);
            }
            // a cluster is at least as wide as its title and subtitle: widen its last column if need be
            for (DiagramCluster cluster : diagram.clusters()) {
                List<List<String>> layers = boxOrder.get(cluster.id());
                if (layers == null) {
                    continue;
                }
                int first = Integer.MAX_VALUE;
                int last = 0;
                for (List<String> layer : layers) {
                    for (String b : layer) {
                        first = Math.min(first, column.get(b));
                        last = Math.max(last, column.get(b));
                    }
                }
                double needed = Math.max(TextMetrics.width(cluster.title(), 14),
                        TextMetrics.width(cluster.subtitle(), 11)) + 24 - 2 * CLUSTER_PADDING;
                double span = -COLUMN_GAP;
                for (int c = first; c <= last; c++) {
                    span += columnWidth[c] + COLUMN_GAP;
                }
                if (span < needed) {
                    columnWidth[last] += needed - span;
                }
            }
            double x = MARGIN + CLUSTER_PADDING;
            for (int c = 0; c < columnX.length; c++) {
                columnX[c] = x;
                boolean sameLayer = c + 1 < columnX.length && layerOfColumn[c + 1] == layerOfColumn[c];
                x += columnWidth[c] + (sameLayer ? COLUMN_GAP : 2 * CLUSTER_PADDING + LAYER_GAP);
            }
            width = x - LAYER_GAP - CLUSTER_PADDING + MARGIN;
            double[] layerHeight = new double[clusterOrder.size()];
            Map<String, Double> clusterHeight = new HashMap<>();
            for (int s = 0; s < clusterOrder.size(); s++) {
                for (String c : clusterOrder.get(s)) {
                    double inner = 0;
                    for (List<String> layer : boxOrder.get(c)) {
                        inner = Math.max(inner, stackHeight(layer));
                    }
                    double h = CLUSTER_TITLE + inner + CLUSTER_PADDING;
                    clusterHeight.put(c, h);
                    layerHeight[s] += h + (layerHeight[s] > 0 ? CLUSTER_GAP : 0);
                }
            }
            double tallest = 0;
            for (double h : layerHeight) {
                tallest = Math.max(tallest, h);
            }
            height = top + tallest + MARGIN;
            for (int s = 0; s < clusterOrder.size(); s++) {
                double y = top + (tallest - layerHeight[s]) / 2;
                for (String c : clusterOrder.get(s)) {
                    placeCluster(c, y, clusterHeight.get(c));
                    y += clusterHeight.get(c) + CLUSTER_GAP;
                }
            }
        }

        private void placeCluster(String c, double y, double h) {
            List<List<String>> layers = boxOrder.get(c);
            int first = Integer.MAX_VALUE;
            int last = 0;
            for (List<String> layer : layers) {
                for (String b : layer) {
                    first = Math.min(first, column.get(b));
                    last = Math.max(last, column.get(b));
                }
            }
            double left = columnX[first] - CLUSTER_PADDING;
            double right = columnX[last] + columnWidth[last] + CLUSTER_PADDING;
            clusterRects.put(c, new Rect(left, y, right - left, h));
            double inner = h - CLUSTER_TITLE - CLUSTER_PADDING;
            for (List<String> layer : layers) {
                double by = y + CLUSTER_TITLE + (inner - stackHeight(layer)) / 2;
                for (String b : layer) {
                    double[] size = sizes.get(b);
                    boxRects.put(b, new Rect(columnX[column.get(b)], by, size[0], size[1]));
                    by += size[1] + BOX_GAP;
                }
            }
        }

        private double stackHeight(List<String> layer) {
            double h = 0;
            for (String b : layer) {
                h += sizes.get(b)[1];
            }
            return h + Math.max(0, layer.size() - 1) * BOX_GAP;
        }

        /** Moves boxes and clusters towards their barycentres where the stacks leave room. */
        private void refine() {
            gapCache = null;
            Map<String, Double> bary = barycentres();
            for (String c : boxOrder.keySet()) {
                Rect frame = clusterRects.get(c);
                double min = frame.y() + CLUSTER_TITLE;
                double max = frame.bottom() - CLUSTER_PADDING;
                for (List<String> layer : boxOrder.get(c)) {
                    double[] desired = new double[layer.size()];
                    double[] heights = new double[layer.size()];
                    for (int i = 0; i < layer.size(); i++) {
                        desired[i] = bary.get(layer.get(i));
                        heights[i] = sizes.get(layer.get(i))[1];
                    }
                    double[] tops = distribute(desired, heights, min, max, BOX_GAP);
                    for (int i = 0; i < layer.size(); i++) {
                        Rect r = boxRects.get(layer.get(i));
                        boxRects.put(layer.get(i), new Rect(r.x(), tops[i], r.width(), r.height()));
                    }
                }
            }
        }

        // --- crossings and routes -----------------------------------------------------------------------

        private int crossings() {
            Map<Integer, List<double[]>> gaps = new HashMap<>();
            for (DiagramLink l : links) {
                List<Point> points = route(l);
                // the y where the route crosses each gap between columns, as [gap, yLeft, yRight]
                int a = column.get(l.fromBox());
                int b = column.get(l.toBox());
                if (a == b) {
                    continue;
                }
                List<Double> ys = new ArrayList<>();
                for (int i = 0; i < points.size(); i += 3) {
                    ys.add(points.get(i).y());
                }
                int lo = Math.min(a, b);
                int hi = Math.max(a, b);
                List<Double> ordered = new ArrayList<>(ys);
                if (a > b) {
                    java.util.Collections.reverse(ordered);
                }
                // ordered: y at lo's edge, then two per intermediate column, then at hi's edge
                int k = 0;
                for (int g = lo; g < hi; g++) {
                    double left = ordered.get(Math.min(k, ordered.size() - 1));
                    double right = ordered.get(Math.min(k + 1, ordered.size() - 1));
                    gaps.computeIfAbsent(g, x -> new ArrayList<>()).add(new double[] {left, right});
                    k += 2;
                }
            }
            long crossings = 0;
            for (List<double[]> segments : gaps.values()) {
                crossings += Inversions.crossings(segments);
            }
            return (int) Math.min(Integer.MAX_VALUE, crossings);
        }

        private double offset(String box, String row) {
            Integer i = row == null ? null : rowIndex.get(box + "|" + row);
            return i == null ? HEADER_HEIGHT / 2 : HEADER_HEIGHT + i * ROW_HEIGHT + ROW_HEIGHT / 2;
        }

        private double port(String box, String row) {
            return boxRects.get(box).y() + offset(box, row);
        }

        private List<Point> route(DiagramLink l) {
            Rect from = boxRects.get(l.fromBox());
            Rect to = boxRects.get(l.toBox());
            double y1 = port(l.fromBox(), l.fromRow());
            double y2 = port(l.toBox(), l.toRow());
            int a = column.get(l.fromBox());
            int b = column.get(l.toBox());
            List<Point> points = new ArrayList<>();
            if (a == b) {
                double x = l.fromBox().equals(l.toBox()) ? from.right() : columnX[a] + columnWidth[a];
                double bulge = l.fromBox().equals(l.toBox()) ? 28 : 36 + Math.abs(y2 - y1) / 12;
                points.add(new Point(from.right(), y1));
                points.add(new Point(x + bulge, y1));
                points.add(new Point(x + bulge, y2));
                points.add(new Point(to.right(), y2));
                return points;
            }
            boolean forward = a < b;
            double startX = forward ? from.right() : from.x();
            double endX = forward ? to.x() : to.right();
            Point at = new Point(startX, y1);
            points.add(at);
            int step = forward ? 1 : -1;
            double y = y1;
            for (int c = a + step; c != b; c += step) {
                double entry = forward ? columnX[c] : columnX[c] + columnWidth[c];
                double exit = forward ? columnX[c] + columnWidth[c] : columnX[c];
                int remaining = Math.abs(b - c);
                double ideal = y + (y2 - y) / (remaining + 1);
                y = free(c, ideal);
                curve(points, at, new Point(entry, y));
                at = new Point(exit, y);
                line(points, new Point(entry, y), at);
            }
            curve(points, at, new Point(endX, y2));
            return points;
        }

        /** The free height in a column nearest to {@code ideal}: not inside a box or a cluster's title. */
        private double free(int c, double ideal) {
            List<double[]> gaps = freeGaps(c);
            double best = ideal;
            double bestDistance = Double.MAX_VALUE;
            double[] bestGap = gaps.get(gaps.size() - 1);
            for (double[] g : gaps) {
                double y = Math.max(g[0], Math.min(g[1], ideal));
                if (Math.abs(y - ideal) < bestDistance) {
                    bestDistance = Math.abs(y - ideal);
                    best = y;
                    bestGap = g;
                }
            }
            if (lanes != null) {
                List<Double> taken = lanes.computeIfAbsent(c, k -> new ArrayList<>());
                for (int attempt = 0; attempt < 12 && near(taken, best); attempt++) {
                    double shifted = best + (attempt % 2 == 0 ? 1 : -1) * LANE * (attempt / 2 + 1);
                    if (shifted >= bestGap[0] && shifted <= bestGap[1] && !near(taken, shifted)) {
                        best = shifted;
                        break;
                    }
                }
                taken.add(best);
            }
            return best;
        }

        /** The free height ranges of a column, computed once per placement. */
        private List<double[]> freeGaps(int c) {
            if (gapCache == null) {
                gapCache = new HashMap<>();
                Map<Integer, List<double[]>> blockedByColumn = new HashMap<>();
                for (Map.Entry<String, Rect> e : boxRects.entrySet()) {
                    blockedByColumn.computeIfAbsent(column.get(e.getKey()), k -> new ArrayList<>())
                            .add(new double[] {e.getValue().y() - 7, e.getValue().bottom() + 7});
                }
                for (Rect frame : clusterRects.values()) {
                    for (int col = 0; col < columnX.length; col++) {
                        if (frame.x() <= columnX[col] && frame.right() >= columnX[col] + columnWidth[col]) {
                            blockedByColumn.computeIfAbsent(col, k -> new ArrayList<>())
                                    .add(new double[] {frame.y() - 4, frame.y() + CLUSTER_TITLE - 4});
                        }
                    }
                }
                for (int col = 0; col < columnX.length; col++) {
                    List<double[]> blocked = blockedByColumn.getOrDefault(col, new ArrayList<>());
                    blocked.sort(Comparator.comparingDouble(r -> r[0]));
                    double lower = top - 10;
                    List<double[]> gaps = new ArrayList<>();
                    for (double[] r : blocked) {
                        if (r[0] > lower) {
                            gaps.add(new double[] {lower, r[0]});
                        }
                        lower = Math.max(lower, r[1]);
                    }
                    gaps.add(new double[] {lower, Math.max(lower, height)});
                    gapCache.put(col, gaps);
                }
            }
            return gapCache.get(c);
        }

        private boolean near(List<Double> taken, double y) {
            for (double t : taken) {
                if (Math.abs(t - y) < LANE - 0.5) {
                    return true;
                }
            }
            return false;
        }

        private void curve(List<Point> points, Point from, Point to) {
            double dx = (to.x() - from.x()) / 2;
            points.add(new Point(from.x() + dx, from.y()));
            points.add(new Point(to.x() - dx, to.y()));
            points.add(to);
        }

        private void line(List<Point> points, Point from, Point to) {
            points.add(from);
            points.add(to);
            points.add(to);
        }
    }

    /**
     * Tops for items stacked in order, each as near its desired top as the others allow, within
     * {@code [min, max]}.
     */
    static double[] distribute(double[] desired, double[] heights, double min, double max, double gap) {
        int n = desired.length;
        double[] tops = new double[n];
        double total = 0;
        for (double h : heights) {
            total += h;
        }
        total += Math.max(0, n - 1) * gap;
        double lower = min;
        for (int i = 0; i < n; i++) {
            tops[i] = Math.max(lower, desired[i]);
            lower = tops[i] + heights[i] + gap;
        }
        double upper = max;
        for (int i = n - 1; i >= 0; i--) {
            tops[i] = Math.min(tops[i], upper - heights[i]);
            upper = tops[i] - gap;
        }
        if (n > 0 && tops[0] < min) {
            double y = min + Math.max(0, (max - min - total) / 2);
            for (int i = 0; i < n; i++) {
                tops[i] = y;
                y += heights[i] + gap;
            }
        }
        return tops;
    }
}
