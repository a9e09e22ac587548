package dev.phaseshift.graph.layout;

import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.GraphFixtures;
import dev.phaseshift.graph.SyntheticEstate;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

class LayeredLayoutTest {
    private static Diagram diagram(EstateGraph graph) {
        return DiagramProjection.of(graph, graph.name(), Set.of(), Set.of());
    }

    @Test
    void boxesNeitherOverlapNorLeaveTheirServicesFrameAndFramesDoNotOverlap() {
        for (EstateGraph graph : List.of(EstateGraph.of(GraphFixtures.shop()),
                EstateGraph.of(SyntheticEstate.generate(6, 150, 7)))) {
            Diagram d = diagram(graph);
            DiagramLayout layout = new LayeredLayout(DiagramPainter.HEADER).layout(d);
            List<Rect> boxes = new ArrayList<>();
            for (DiagramBox b : d.boxes()) {
                Rect r = layout.boxes().get(b.id());
                Rect frame = layout.clusters().get(b.cluster());
                assertThat(r.x()).isGreaterThanOrEqualTo(frame.x());
                assertThat(r.right()).isLessThanOrEqualTo(frame.right());
                assertThat(r.y()).isGreaterThanOrEqualTo(frame.y() + LayeredLayout.CLUSTER_TITLE - 0.01);
                assertThat(r.bottom()).isLessThanOrEqualTo(frame.bottom() + 0.01);
                boxes.add(r);
            }
            assertNoOverlap(boxes);
            assertNoOverlap(new ArrayList<>(layout.clusters().values()));
            assertThat(layout.width()).isPositive();
        }
    }

    @Test
    void linksLeaveAndEnterBoxesAtTheRowsTheyJoin() {
        Diagram d = diagram(EstateGraph.of(GraphFixtures.shop()));
        DiagramLayout layout = new LayeredLayout(DiagramPainter.HEADER).layout(d);
        assertThat(layout.routes()).hasSize(d.links().size());
        for (Route route : layout.routes()) {
            DiagramLink l = route.link();
            Rect from = layout.boxes().get(l.fromBox());
            Rect to = layout.boxes().get(l.toBox());
            var start = route.points().get(0);
            var end = route.points().get(route.points().size() - 1);
            assertThat(start.x()).satisfiesAnyOf(x -> assertThat(x).isCloseTo(from.x(), within(0.01)),
                    x -> assertThat(x).isCloseTo(from.right(), within(0.01)));
            assertThat(end.x()).satisfiesAnyOf(x -> assertThat(x).isCloseTo(to.x(), within(0.01)),
                    x -> assertThat(x).isCloseTo(to.right(), within(0.01)));
            double fromY = l.fromRow() == null ? from.y() + LayeredLayout.HEADER_HEIGHT / 2
                    : layout.row(l.fromBox(), l.fromRow()).centreY();
            double toY = l.toRow() == null ? to.y() + LayeredLayout.HEADER_HEIGHT / 2
                    : layout.row(l.toBox(), l.toRow()).centreY();
            assertThat(start.y()).isCloseTo(fromY, within(0.01));
            assertThat(end.y()).isCloseTo(toY, within(0.01));
        }
    }

    @Test
    void servicesStandLeftOfWhatTheyDependOn() {
        Diagram d = diagram(EstateGraph.of(GraphFixtures.shop()));
        Map<String, Rect> frames = new LayeredLayout(0).layout(d).clusters();
        assertThat(frames.get("service:billing").x()).isLessThan(frames.get("service:orders").x());
        assertThat(frames.get("service:orders").x()).isLessThan(frames.get("service:customers").x());
        assertThat(frames.get("service:orders").x()).isLessThan(frames.get("service:catalog").x());
    }

    @Test
    void theSameDiagramGetsTheSameLayout() {
        Diagram d = diagram(EstateGraph.of(GraphFixtures.shop()));
        assertThat(new LayeredLayout(10).layout(d)).isEqualTo(new LayeredLayout(10).layout(d));
    }

    @Test
    void distributionKeepsOrderStaysInBoundsAndComesCloseToWhatIsWanted() {
        double[] tops = LayeredLayout.distribute(new double[] {100, 90, 400}, new double[] {50, 50, 50}, 0, 500, 10);
        assertThat(tops).containsExactly(100, 160, 400);
        double[] squeezed = LayeredLayout.distribute(new double[] {480, 480}, new double[] {50, 50}, 0, 500, 10);
        assertThat(squeezed).containsExactly(390, 450);
    }

    private static void assertNoOverlap(List<Rect> rects) {
        for (int i = 0; i < rects.size(); i++) {
            for (int j = i + 1; j < rects.size(); j++) {
                Rect a = rects.get(i);
                Rect b = rects.get(j);
                boolean overlap = a.x() < b.right() && b.x() < a.right() && a.y() < b.bottom() && b.y() < a.bottom();
                assertThat(overlap).as("%s overlaps %s", a, b).isFalse();
            }
        }
    }
}
