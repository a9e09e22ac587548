package dev.phaseshift.graph;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.graph.analysis.Impact;
import dev.phaseshift.graph.analysis.ImpactAnalysis;
import dev.phaseshift.graph.analysis.ImpactHit;
import dev.phaseshift.graph.inference.ReferenceInference;
import dev.phaseshift.graph.inference.ReferenceProposal;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled demo estate: its graph, the impact of changing orders.total, and how well inference does on it. */
class DemoEstateGraphTest {
    /** The demo's intended cross-service references: the ground truth for precision and recall. */
    static final List<String> INTENDED = List.of(
            "orders.public.orders.customer_id -> customers.public.customers.id",
            "orders.public.order_items.product_id -> catalog.public.products.id",
            "billing.public.invoices.order_id -> orders.public.orders.id",
            "billing.public.invoices.customer_id -> customers.public.customers.id",
            "billing.public.payment_methods.customer_id -> customers.public.customers.id",
            "billing.public.refunds.return_id -> orders.public.returns.id",
            "inventory.shop_inventory.stock_items.product_id -> catalog.public.products.id",
            "inventory.shop_inventory.purchase_order_lines.product_id -> catalog.public.products.id",
            "inventory.shop_inventory.reservations.order_id -> orders.public.orders.id",
            "shipping.shop_shipping.shipments.order_id -> orders.public.orders.id",
            "shipping.shop_shipping.shipments.warehouse_id -> inventory.shop_inventory.warehouses.id",
            "shipping.shop_shipping.shipping_addresses.customer_id -> customers.public.customers.id",
            "shipping.shop_shipping.shipment_items.order_item_id -> orders.public.order_items.id",
            "notifications.shop_notifications.messages.customer_id -> customers.public.customers.id",
            "notifications.shop_notifications.messages.customer_uuid -> customers.public.customers.public_id",
            "notifications.shop_notifications.messages.order_id -> orders.public.orders.id",
            "notifications.shop_notifications.customer_preferences.customer_id -> customers.public.customers.id",
            "notifications.shop_notifications.campaign_recipients.customer_id -> customers.public.customers.id");

    private static Estate estate;
    private static EstateGraph graph;

    @BeforeAll
    static void load() {
        estate = DemoEstate.load();
        assertThat(estate.notes()).as("the demo snapshots are bundled").isEmpty();
        graph = EstateGraph.of(estate);
    }

    @Test
    void theEstateFileNamesOnlyWhatTheSnapshotsHold() {
        assertThat(estate.problems()).isEmpty();
        assertThat(estate.references()).hasSizeGreaterThanOrEqualTo(5);
        assertThat(estate.consumers()).anySatisfy(c -> assertThat(c.reads())
                .anyMatch(a -> a.via() == dev.phaseshift.estate.Channel.REPLICA));
    }

    @Test
    void changingOrdersTotalReachesBillingThroughTheReplicaAndTheSummaryView() {
        Impact impact = new ImpactAnalysis(graph).of("column:orders.public.orders.total");

        assertThat(impact.hit("consumer:billing@v1")).get().extracting(ImpactHit::explanation)
                .isEqualTo("billing v1 reads orders.public.orders.total via replica");
        assertThat(impact.hit("consumer:billing@v2")).get().extracting(ImpactHit::explanation)
                .isEqualTo("orders.public.order_summaries reads orders.public.orders.total; "
                        + "billing v2 reads orders.public.order_summaries.total via api-view");
        assertThat(impact.hit("view:orders.public.open_orders")).isPresent();
        assertThat(impact.services()).contains("billing");
        assertThat(impact.hits()).allMatch(ImpactHit::certain);
    }

    @Test
    void changingTheOrdersTableReachesChildrenViewsOfViewsAndOtherServices() {
        Impact impact = new ImpactAnalysis(graph).of("table:orders.public.orders");
        Set<String> hits = impact.hits().stream().map(h -> h.node().id()).collect(Collectors.toSet());

        assertThat(hits).contains(
                "column:orders.public.order_items.order_id", "column:orders.public.returns.order_id",
                "column:orders.public.order_addresses.order_id",
                "view:orders.public.order_summaries", "view:orders.public.open_orders",
                "column:billing.public.invoices.order_id", "column:shipping.shop_shipping.shipments.order_id",
                "column:inventory.shop_inventory.reservations.order_id",
                "column:notifications.shop_notifications.messages.order_id",
                "view:billing.public.outstanding_invoices", "view:shipping.shop_shipping.in_transit_shipments",
                "consumer:billing@v1", "consumer:shipping@v3");
        assertThat(impact.services()).contains("orders", "billing", "shipping", "inventory", "notifications");
    }

    @Test
    void inferenceFindsTheIntendedReferencesWithAtMostOneFalseProposalPerTwenty() {
        List<ReferenceProposal> proposals = new ReferenceInference().infer(estate.snapshots());
        Set<String> proposed = proposals.stream().map(p -> p.pair().toString()).collect(Collectors.toSet());
        Set<String> truePositives = new HashSet<>(proposed);
        truePositives.retainAll(INTENDED);
        Set<String> falsePositives = new HashSet<>(proposed);
        falsePositives.removeAll(INTENDED);
        Set<String> missed = new HashSet<>(INTENDED);
        missed.removeAll(proposed);
        double precision = proposed.isEmpty() ? 0 : (double) truePositives.size() / proposed.size();
        double recall = (double) truePositives.size() / INTENDED.size();
        System.out.printf("demo inference: %d proposals, %d true, %d false %s, %d missed %s; precision %.3f, "
                        + "recall %.3f%n", proposed.size(), truePositives.size(), falsePositives.size(), falsePositives,
                missed.size(), missed, precision, recall);

        assertThat(missed).isEmpty();
        assertThat(falsePositives.size() * 20).isLessThanOrEqualTo(truePositives.size());
    }

    @Test
    void whatIsNeitherDeclaredNorDecidedIsLeftAsOpenProposals() {
        Set<String> declared = estate.references().stream().map(r -> r.pair().toString()).collect(Collectors.toSet());
        Set<String> decided = estate.decisions().stream().map(d -> d.pair().toString()).collect(Collectors.toSet());
        Set<String> open = graph.proposals().stream()
                .map(d -> new ReferencePair(graph.require(d.from()).name(), graph.require(d.to()).name()).toString())
                .collect(Collectors.toSet());
        Set<String> expected = new HashSet<>(INTENDED);
        expected.removeAll(declared);
        expected.removeAll(decided);
        assertThat(open).isEqualTo(expected);
    }
}
