package dev.phaseshift.graph.analysis;

import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.graph.GraphFixtures;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class ImpactAnalysisTest {
    private final EstateGraph shop = EstateGraph.of(GraphFixtures.shop());
    private final ImpactAnalysis analysis = new ImpactAnalysis(shop);

    @Test
    void aColumnThatAConsumerReadsReachesTheConsumerWithThePathThatExplainsIt() {
        Impact impact = analysis.of("column:orders.public.orders.total");

        assertThat(impact.hit("consumer:billing@v1")).get().satisfies(h -> {
            assertThat(h.explanation()).isEqualTo("billing v1 reads orders.public.orders.total via replica");
            assertThat(h.certain()).isTrue();
            assertThat(h.distance()).isEqualTo(1);
        });
        assertThat(impact.hit("consumer:billing@v2")).get().extracting(ImpactHit::explanation).isEqualTo(
                "orders.public.order_summaries reads orders.public.orders.total; "
                        + "orders.public.open_orders reads orders.public.order_summaries.total; "
                        + "billing v2 reads orders.public.open_orders.total via api-view");
        assertThat(impact.hits()).extracting(h -> h.node().id()).containsExactly("consumer:billing@v1",
                "view:orders.public.order_summaries", "view:orders.public.open_orders", "consumer:billing@v2");
        assertThat(impact.services()).containsExactly("billing", "orders");
        assertThat(impact.cycles()).isEmpty();
    }

    @Test
    void aTableReachesForeignKeyChildrenViewsViewsOfViewsCrossServiceReferencesAndConsumers() {
        Impact impact = analysis.of("table:orders.public.orders");

        assertThat(impact.hits()).extracting(h -> h.node().id()).contains(
                "column:orders.public.order_items.order_id",
                "view:orders.public.order_summaries",
                "view:orders.public.open_orders",
                "column:billing.public.invoices.order_id",
                "consumer:billing@v1", "consumer:billing@v2", "consumer:shipping@v3");
        assertThat(impact.hit("column:orders.public.order_items.order_id")).get().extracting(ImpactHit::explanation)
                .isEqualTo("orders.public.order_items.order_id references orders.public.orders.id "
                        + "(foreign key \"order_items_order_id_fk\")");
        assertThat(impact.hit("column:billing.public.invoices.order_id")).get().extracting(ImpactHit::explanation)
                .isEqualTo("billing.public.invoices.order_id references orders.public.orders.id (declared)");
        // shipping v3 writes one of its columns
        assertThat(impact.hit("consumer:shipping@v3")).get().extracting(ImpactHit::explanation)
                .isEqualTo("shipping v3 writes orders.public.orders.status via shared-database");
        // reached only through an inferred reference nobody has accepted: listed, but as uncertain, last
        ImpactHit shipments = impact.hit("column:shipping.shop_shipping.shipments.order_id").orElseThrow();
        assertThat(shipments.certain()).isFalse();
        assertThat(shipments.explanation()).isEqualTo("shipping.shop_shipping.shipments.order_id references "
                + "orders.public.orders.id (inferred with confidence 0.98, not yet accepted)");
        assertThat(impact.hits().get(impact.hits().size() - 1)).isEqualTo(shipments);
        // its own columns and the columns it references are not "reached"
        assertThat(impact.hits()).noneMatch(h -> h.node().id().startsWith("column:orders.public.orders."))
                .noneMatch(h -> h.node().id().equals("column:customers.public.customers.id"));
    }

    @Test
    void openProposalsCanBeLeftOut() {
        Impact impact = new ImpactAnalysis(shop, false).of("table:orders.public.orders");
        assertThat(impact.hits()).allMatch(ImpactHit::certain)
                .noneMatch(h -> h.node().service().equals("shipping") && h.node().id().startsWith("column:"));
    }

    @Test
    void severalObjectsChangedAtOnceReachTheUnionOnce() {
        Impact impact = analysis.of(List.of("column:orders.public.orders.total", "column:customers.public.customers.id",
                "column:orders.public.orders.total"));
        assertThat(impact.changed()).hasSize(2);
        assertThat(impact.hits()).extracting(h -> h.node().id()).contains("consumer:billing@v1",
                "column:orders.public.orders.customer_id", "column:customers.public.customer_addresses.customer_id")
                .doesNotHaveDuplicates();
        // orders.customer_id references customers.id and billing v1 reads it: the nearer reason wins
        assertThat(impact.hit("consumer:billing@v1").orElseThrow().distance()).isEqualTo(1);
    }

    @Test
    void inARingTheWalkEndsAndTheRingIsReportedAsAValue() {
        EstateGraph ring = EstateGraph.of(GraphFixtures.cycle());
        Impact impact = new ImpactAnalysis(ring).of("table:a.public.orders");

        assertThat(impact.hits()).extracting(h -> h.node().id()).containsExactlyInAnyOrder(
                "column:a.public.order_lines.order_id", "column:b.public.invoices.order_id", "consumer:b@v1",
                "view:b.public.invoice_list");
        assertThat(impact.cycles()).singleElement().satisfies(c -> {
            assertThat(c.level()).isEqualTo(CycleLevel.RELATION);
            assertThat(c.nodes()).containsExactly("table:a.public.orders", "table:b.public.invoices");
            assertThat(c.explanation()).isEqualTo("a.public.orders.invoice_id references b.public.invoices.id "
                    + "(declared); b.public.invoices.order_id references a.public.orders.id (declared)");
        });
        // and from the other side
        Impact back = new ImpactAnalysis(ring).of("column:b.public.invoices.id");
        assertThat(back.hits()).extracting(h -> h.node().id()).containsExactlyInAnyOrder(
                "column:a.public.orders.invoice_id", "view:b.public.invoice_list");
    }
}
