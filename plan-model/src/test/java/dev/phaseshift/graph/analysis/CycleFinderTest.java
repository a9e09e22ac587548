package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.GraphFixtures;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CycleFinderTest {
    @Test
    void tablesThatReferenceEachOtherAcrossServicesAreOneRing() {
        EstateGraph ring = EstateGraph.of(GraphFixtures.cycle());

        assertThat(new CycleFinder(ring, CycleLevel.RELATION).find()).singleElement().satisfies(c -> {
            assertThat(c.nodes()).containsExactly("table:a.public.orders", "table:b.public.invoices");
            assertThat(c.dependencies()).extracting(d -> d.from()).containsExactly("column:a.public.orders.invoice_id",
                    "column:b.public.invoices.order_id");
        });
        assertThat(new CycleFinder(ring, CycleLevel.SERVICE).find()).singleElement()
                .satisfies(c -> assertThat(c.nodes()).containsExactly("service:a", "service:b"));
    }

    @Test
    void anAcyclicEstateHasNoRings() {
        EstateGraph shop = EstateGraph.of(GraphFixtures.shop());
        assertThat(new CycleFinder(shop, CycleLevel.RELATION).find()).isEmpty();
        assertThat(new CycleFinder(shop, CycleLevel.SERVICE).find()).isEmpty();
    }
}
