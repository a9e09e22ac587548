package dev.phaseshift.graph;

import dev.phaseshift.estate.Channel;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateDefinition;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import org.junit.jupiter.api.Test;

import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class EstateGraphBuilderTest {
    private final EstateGraph shop = EstateGraph.of(GraphFixtures.shop());

    @Test
    void everyEdgeHasAKindAndEvidenceAndTheShopHasEveryKindOfItsFile() {
        assertThat(shop.dependencies()).allSatisfy(d -> assertThat(d.evidence()).isNotBlank());
        Set<DependencyKind> kinds = shop.dependencies().stream().map(Dependency::kind)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(DependencyKind.class)));
        assertThat(kinds).containsExactlyInAnyOrder(DependencyKind.FOREIGN_KEY, DependencyKind.VIEW_READ,
                DependencyKind.DECLARED_REFERENCE, DependencyKind.INFERRED_REFERENCE, DependencyKind.CONSUMER_READ,
                DependencyKind.CONSUMER_WRITE);
        assertThat(shop.problems()).isEmpty();
    }

    @Test
    void catalogFactsBecomeEdgesBetweenColumnsAndViews() {
        assertThat(shop.dependenciesOf("column:orders.public.order_items.order_id")).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DependencyKind.FOREIGN_KEY);
            assertThat(d.to()).isEqualTo("column:orders.public.orders.id");
            assertThat(d.evidence()).isEqualTo("foreign key \"order_items_order_id_fk\"");
            assertThat(d.certain()).isTrue();
        });
        assertThat(shop.dependenciesOf("view:orders.public.open_orders")).extracting(Dependency::to)
                .containsExactlyInAnyOrder("column:orders.public.order_summaries.order_id",
                        "column:orders.public.order_summaries.total", "column:orders.public.order_summaries.status");
        assertThat(shop.children("table:orders.public.orders")).extracting(Node::label)
                .containsExactly("orders.public.orders.id", "orders.public.orders.customer_id",
                        "orders.public.orders.total", "orders.public.orders.status");
        assertThat(shop.require("column:orders.public.orders.id").attribute("key")).isEqualTo("primary");
    }

    @Test
    void declaredReferencesAndConsumerContractsKeepTheirPlaceInTheEstateFile() {
        Dependency declared = shop.dependenciesOf("column:orders.public.orders.customer_id").stream()
                .filter(d -> d.kind() == DependencyKind.DECLARED_REFERENCE).findFirst().orElseThrow();
        assertThat(declared.to()).isEqualTo("column:customers.public.customers.id");
        assertThat(declared.location()).hasToString("graph/shop/phaseshift.yaml:29:5");
        assertThat(declared.evidence()).isEqualTo("declared at graph/shop/phaseshift.yaml:29:5: no foreign key, "
                + "different database");

        List<Dependency> billing = shop.dependenciesOf("consumer:billing@v1");
        assertThat(billing).extracting(Dependency::to).containsExactly("column:orders.public.orders.id",
                "column:orders.public.orders.customer_id", "column:orders.public.orders.total");
        assertThat(billing).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DependencyKind.CONSUMER_READ);
            assertThat(d.channel()).isEqualTo(Channel.REPLICA);
        });
        assertThat(billing.get(2).location()).hasToString("graph/shop/phaseshift.yaml:40:36");
        // no columns listed: the consumer depends on the whole table
        assertThat(shop.dependenciesOf("consumer:shipping@v3")).extracting(Dependency::to, Dependency::kind)
                .contains(org.assertj.core.groups.Tuple.tuple("table:orders.public.order_items", DependencyKind.CONSUMER_READ),
                        org.assertj.core.groups.Tuple.tuple("column:orders.public.orders.status", DependencyKind.CONSUMER_WRITE));
        assertThat(shop.require("consumer:billing@v1").label()).isEqualTo("billing v1");
        assertThat(shop.require("consumer:billing@v1").parent()).isEqualTo("service:billing");
    }

    @Test
    void inferredReferencesAreProposedWithConfidenceUnlessDeclared() {
        List<Dependency> proposals = shop.proposals();
        assertThat(proposals).extracting(d -> d.from() + " -> " + d.to()).containsExactlyInAnyOrder(
                "column:billing.public.invoices.customer_id -> column:customers.public.customers.id",
                "column:orders.public.order_items.product_id -> column:catalog.public.products.id",
                "column:shipping.shop_shipping.shipments.order_id -> column:orders.public.orders.id",
                "column:shipping.shop_shipping.shipments.customer_uuid -> column:customers.public.customers.public_id");
        assertThat(proposals).allSatisfy(d -> {
            assertThat(d.kind()).isEqualTo(DependencyKind.INFERRED_REFERENCE);
            assertThat(d.confidence()).isBetween(0.5, 0.99);
        });
    }

    @Test
    void triggersSequencesAndPartitionsAreEdgesToo() {
        Table events = Table.builder("events").kind(TableKind.PARTITIONED)
                .columns(List.of(Column.builder("id", "bigint").ordinal(1).build(),
                        Column.builder("status", "text").ordinal(2).build()))
                .constraints(List.of(Constraint.primaryKey("events_pk", List.of("id"))))
                .triggers(List.of(Trigger.builder("events_audit", TriggerTiming.AFTER, List.of(TriggerEvent.UPDATE))
                        .updateColumns(List.of("status")).build()))
                .build();
        Table partition = Table.builder("events_2024").kind(TableKind.PARTITION)
                .partitionOf(new ObjectName("app", "events"), "FOR VALUES FROM (1) TO (100)")
                .columns(events.columns()).build();
        Sequence sequence = Sequence.builder("events_id_seq").ownedBy(new ColumnRef("app", "events", "id"), false).build();
        Snapshot snapshot = Snapshot.of("audit", Engine.POSTGRESQL, List.of(new Schema("app", null, null, null,
                List.of(events, partition), List.of(), List.of(sequence), List.of(), List.of())));
        Estate estate = new Estate(new EstateDefinition("x", null, List.of(new ServiceDefinition("audit", null,
                Engine.POSTGRESQL, null, null, null, null, null, null))), "test", Map.of("audit", snapshot), List.of());

        EstateGraph graph = EstateGraph.of(estate);

        assertThat(graph.dependenciesOf("trigger:audit.app.events.events_audit")).extracting(Dependency::to)
                .containsExactly("table:audit.app.events", "column:audit.app.events.status");
        assertThat(graph.dependenciesOf("trigger:audit.app.events.events_audit").get(0).evidence())
                .isEqualTo("trigger \"events_audit\" after update");
        assertThat(graph.dependenciesOf("sequence:audit.app.events_id_seq")).singleElement()
                .satisfies(d -> assertThat(d.kind()).isEqualTo(DependencyKind.SEQUENCE_OWNERSHIP));
        assertThat(graph.dependenciesOf("table:audit.app.events_2024")).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DependencyKind.PARTITION);
            assertThat(d.to()).isEqualTo("table:audit.app.events");
        });
    }

    @Test
    void aServiceWithoutSnapshotGetsPlaceholdersForWhatTheEstateFileNames() {
        Map<String, Snapshot> snapshots = new java.util.LinkedHashMap<>(GraphFixtures.shopSnapshots());
        snapshots.remove("orders");
        EstateGraph graph = EstateGraph.of(GraphFixtures.estate("graph/shop/phaseshift.yaml", snapshots));

        Node total = graph.require("column:orders.public.orders.total");
        assertThat(total.attribute("placeholder")).isEqualTo("true");
        assertThat(graph.require("service:orders").attribute("snapshot")).isEqualTo("missing");
        assertThat(graph.dependentsOf(total.id())).extracting(Dependency::from).containsExactly("consumer:billing@v1");
    }

    @Test
    void namesResolveInFullAndShortForm() {
        assertThat(shop.resolve("orders.public.orders.total")).get().extracting(Node::id)
                .isEqualTo("column:orders.public.orders.total");
        assertThat(shop.resolve("orders.orders.total")).get().extracting(Node::id)
                .isEqualTo("column:orders.public.orders.total");
        assertThat(shop.resolve("orders.open_orders")).get().extracting(Node::kind).isEqualTo(NodeKind.VIEW);
        assertThat(shop.resolve("orders.public.nothing")).isEmpty();
        assertThat(shop.resolve("orders")).get().extracting(Node::kind).isEqualTo(NodeKind.SERVICE);
    }

    @Test
    void aSubgraphKeepsTheParentsOfWhatItKeeps() {
        EstateGraph sub = shop.subgraph(Set.of("column:orders.public.orders.total", "consumer:billing@v1"));
        assertThat(sub.nodes()).extracting(Node::id).containsExactlyInAnyOrder("service:orders", "service:billing",
                "table:orders.public.orders", "column:orders.public.orders.total", "consumer:billing@v1");
        assertThat(sub.dependencies()).singleElement().extracting(Dependency::kind).isEqualTo(DependencyKind.CONSUMER_READ);
    }
}
