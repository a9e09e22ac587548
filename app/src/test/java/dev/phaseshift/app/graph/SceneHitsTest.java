package dev.phaseshift.app.graph;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.layout.Point;
import dev.phaseshift.graph.layout.Scene;
import dev.phaseshift.graph.layout.SceneElement;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Hovering a link of the drawn graph shows its evidence. */
class SceneHitsTest {
    private final GraphPicture picture = GraphPictures.draw(EstateGraph.of(DemoEstate.load()),
            new GraphRequest(GraphMode.NEIGHBOURHOOD, "column:orders.public.orders.total", 2, Set.of(), Set.of()));

    @Test
    void aPointOnALinkFindsItsEvidenceAndEmptySpaceFindsNothing() {
        Scene scene = picture.scene();
        SceneElement.Curve link = scene.elements().stream().filter(SceneElement.Curve.class::isInstance)
                .map(SceneElement.Curve.class::cast).filter(c -> c.tooltip() != null).findFirst().orElseThrow();
        Point start = link.points().get(0);

        assertThat(SceneHits.tooltipAt(scene, start.x() + 1, start.y() + 1, 4)).contains(link.tooltip());
        assertThat(SceneHits.tooltipAt(scene, 2, scene.height() - 2, 4)).isEmpty();
    }

    @Test
    void thePictureKnowsWhereItsFocusIsDrawn() {
        assertThat(picture.focus()).isNotNull();
        assertThat(picture.focus().x()).isPositive().isLessThan(picture.scene().width());
        assertThat(picture.headline()).isEqualTo("changing orders.public.orders.total reaches 4 objects in 2 services");
    }
}
