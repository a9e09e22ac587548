package dev.phaseshift.graph.inference;

import dev.phaseshift.estate.TestSnapshots;
import dev.phaseshift.graph.GraphFixtures;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;

class ReferenceInferenceTest {
    private static final Snapshot CUSTOMERS = TestSnapshots.postgres("customers")
            .table("public", "customers", "id bigint pk", "public_id uuid unique", "email text")
            .table("public", "categories", "id bigint pk", "name text")
            .build();

    private static List<ReferenceProposal> infer(double threshold, Snapshot... others) {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        snapshots.put("customers", CUSTOMERS);
        for (Snapshot s : others) {
            snapshots.put(s.service(), s);
        }
        return new ReferenceInference(threshold).infer(snapshots);
    }

    private static Optional<ReferenceProposal> proposal(List<ReferenceProposal> proposals, String from) {
        return proposals.stream().filter(p -> p.pair().from().toString().equals(from)).findFirst();
    }

    @Test
    void theShopsCrossServiceKeysAreFoundAndItsDecoysAreNot() {
        List<ReferenceProposal> proposals = new ReferenceInference().infer(GraphFixtures.shopSnapshots());
        assertThat(proposals).extracting(p -> p.pair().toString()).containsExactlyInAnyOrder(
                "billing.public.invoices.customer_id -> customers.public.customers.id",
                "billing.public.invoices.order_id -> orders.public.orders.id",
                "orders.public.order_items.product_id -> catalog.public.products.id",
                "orders.public.orders.customer_id -> customers.public.customers.id",
                "shipping.shop_shipping.shipments.customer_uuid -> customers.public.customers.public_id",
                "shipping.shop_shipping.shipments.order_id -> orders.public.orders.id");
        // carrier_ref names a table of its own service; external_id and sku name no table; foreign keys are known
        assertThat(proposals).noneMatch(p -> p.pair().from().member().matches("carrier_ref|external_id|sku|invoice_id"))
                .noneMatch(p -> p.pair().from().relation().equals("customer_addresses"));
    }

    @Test
    void theEvidenceSaysWhyAndTheCommentAndIndexCount() {
        ReferenceProposal p = proposal(new ReferenceInference().infer(GraphFixtures.shopSnapshots()),
                "billing.public.invoices.order_id").orElseThrow();
        assertThat(p.evidence()).containsExactly("\"order_id\" names \"orders\" of service \"orders\"",
                "\"orders.id\" is its primary key", "types match (bigint)", "the column comment names \"orders\"");
        assertThat(p.confidence()).isEqualTo(0.99);
    }

    @Test
    void pluralCamelCaseUuidAndRefVariantsAreRecognised() {
        Snapshot crm = TestSnapshots.postgres("crm")
                .table("public", "notes", "id bigint pk", "customers_id bigint", "customerId bigint",
                        "customer_uuid char(36)", "customer_ref bigint", "category_ref bigint")
                .build();
        List<ReferenceProposal> proposals = infer(0.5, crm);

        assertThat(proposal(proposals, "crm.public.notes.customers_id")).get().satisfies(p -> {
            assertThat(p.pair().to()).hasToString("customers.public.customers.id");
            assertThat(p.evidence().get(0)).endsWith("in the plural");
        });
        assertThat(proposal(proposals, "crm.public.notes.customerId")).get()
                .satisfies(p -> assertThat(p.pair().to()).hasToString("customers.public.customers.id"));
        assertThat(proposal(proposals, "crm.public.notes.customer_uuid")).get().satisfies(p -> {
            assertThat(p.pair().to()).hasToString("customers.public.customers.public_id");
            assertThat(p.evidence()).contains("char(36) holds a uuid like uuid");
        });
        assertThat(proposal(proposals, "crm.public.notes.category_ref")).get()
                .satisfies(p -> assertThat(p.pair().to()).hasToString("customers.public.categories.id"));
        double exact = proposal(proposals, "crm.public.notes.customerId").orElseThrow().confidence();
        assertThat(proposal(proposals, "crm.public.notes.customers_id").orElseThrow().confidence()).isLessThan(exact);
        assertThat(proposal(proposals, "crm.public.notes.customer_ref").orElseThrow().confidence()).isLessThan(exact);
    }

    @Test
    void aTypeMismatchLowersTheConfidenceAndATextualKeyForAnIntegerIsDropped() {
        Snapshot shop = TestSnapshots.mysql("shop")
                .table("shop", "carts", "id bigint pk", "customer_id bigint unsigned")
                .table("shop", "wishlists", "id bigint pk", "customer_id int")
                .table("shop", "reviews", "id bigint pk", "customer_id varchar(64)")
                .table("shop", "baskets", "id bigint pk", "customer_id bigint")
                .build();
        List<ReferenceProposal> all = infer(0, shop);
        double exact = proposal(all, "shop.shop.baskets.customer_id").orElseThrow().confidence();
        double unsigned = proposal(all, "shop.shop.carts.customer_id").orElseThrow().confidence();
        double narrow = proposal(all, "shop.shop.wishlists.customer_id").orElseThrow().confidence();
        double text = proposal(all, "shop.shop.reviews.customer_id").orElseThrow().confidence();
        assertThat(exact).isGreaterThan(unsigned);
        assertThat(unsigned).isGreaterThan(narrow);
        assertThat(narrow).isGreaterThan(text);
        assertThat(proposal(all, "shop.shop.reviews.customer_id").orElseThrow().evidence())
                .contains("varchar(64) cannot hold bigint without conversion");
        assertThat(proposal(infer(ReferenceInference.DEFAULT_THRESHOLD, shop), "shop.shop.reviews.customer_id")).isEmpty();
    }

    @Test
    void viewsForeignKeysAndTheServicesOwnTablesAreNotProposed() {
        Snapshot orders = TestSnapshots.postgres("orders")
                .table("public", "orders", "id bigint pk", "customer_id bigint")
                .table("public", "order_notes", "id bigint pk", "order_id bigint")
                .table("public", "categories", "id bigint pk", "name text")
                .table("public", "products", "id bigint pk", "category_id bigint")
                .foreignKey("public", "orders", "customer_id", "orders", "id")
                .view("public", "customer_orders", List.of("customer_id"), "orders(customer_id)")
                .build();
        List<ReferenceProposal> proposals = infer(0, orders);
        // orders.customer_id is a foreign key (to a strange place, but known); products.category_id names the
        // service's own categories table; order_notes.order_id its own orders; the view is no source
        assertThat(proposals).isEmpty();
    }

    @Test
    void aNameThatFitsSeveralServicesIsLessCertainForEach() {
        Snapshot legacy = TestSnapshots.postgres("legacy")
                .table("public", "customers", "id bigint pk", "name text")
                .build();
        Snapshot billing = TestSnapshots.postgres("billing")
                .table("public", "invoices", "id bigint pk", "customer_id bigint")
                .build();
        List<ReferenceProposal> alone = infer(0, billing);
        List<ReferenceProposal> both = infer(0, billing, legacy);
        assertThat(both).filteredOn(p -> p.pair().from().member().equals("customer_id")).hasSize(2)
                .allSatisfy(p -> {
                    assertThat(p.confidence()).isLessThan(alone.get(0).confidence());
                    assertThat(p.evidence()).contains("the name also fits 1 other table");
                });
    }

    @Test
    void entityNamesCoverCommonPlurals() {
        assertThat(EntityNames.entityKeys("warehouses")).contains("warehouse");
        assertThat(EntityNames.entityKeys("categories")).contains("category");
        assertThat(EntityNames.entityKeys("addresses")).contains("address");
        assertThat(EntityNames.entityKeys("order_items")).contains("order_item");
        assertThat(EntityNames.entityKeys("people")).contains("person");
        assertThat(EntityNames.entityKeys("status")).containsExactly("status");
        assertThat(EntityNames.keyName("provider_message_id")).get().extracting(EntityNames.KeyName::stem)
                .isEqualTo("provider_message");
        assertThat(EntityNames.keyName("id")).isEmpty();
    }
}
