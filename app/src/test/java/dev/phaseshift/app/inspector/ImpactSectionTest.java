package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateTreeViewModel;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.graph.EstateGraph;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** "Who breaks if I touch this?" in the inspector, on the bundled demo estate, without the FX toolkit. */
class ImpactSectionTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>();
    private final SimpleObjectProperty<EstateGraph> graph = new SimpleObjectProperty<>();
    private final EstateTreeViewModel tree = new EstateTreeViewModel(estate);
    private final InspectorViewModel inspector = new InspectorViewModel(tree.selectedItemProperty(), estate, graph);

    @BeforeEach
    void openDemo() {
        Estate demo = DemoEstate.load();
        graph.set(EstateGraph.of(demo));
        estate.set(demo);
    }

    @Test
    void aColumnListsEveryObjectItsChangeReachesWithThePathThatExplainsIt() {
        select("orders/public/orders/total");

        ImpactSection impact = impact();
        assertThat(impact.headline()).isEqualTo("changing orders.public.orders.total reaches 4 objects in 2 services");
        assertThat(impact.lines()).extracting(ImpactLine::object).containsExactlyInAnyOrder(
                "billing v1", "billing v2", "orders.public.order_summaries", "orders.public.open_orders");
        ImpactLine v1 = line(impact, "billing v1");
        assertThat(v1.service()).isEqualTo("billing");
        assertThat(v1.kind()).isEqualTo("consumer");
        assertThat(v1.explanation()).isEqualTo("billing v1 reads orders.public.orders.total via replica");
        assertThat(v1.certain()).isTrue();
        ImpactLine v2 = line(impact, "billing v2");
        assertThat(v2.explanation()).contains("orders.public.order_summaries reads orders.public.orders.total")
                .contains("billing v2 reads orders.public.order_summaries.total");
        assertThat(v2.distance()).isEqualTo(2);
        // the section comes right after the column's own properties, where it is seen without scrolling
        assertThat(inspector.contentProperty().get().sections().get(1)).isSameAs(impact);
        assertThat(inspector.graphableProperty().get()).isTrue();
    }

    @Test
    void hitsThroughOpenProposalsComeLastAndAreMarkedUncertain() {
        // customers.public.customers.id is the target of declared and of proposed references
        select("customers/public/customers/id");

        List<ImpactLine> lines = impact().lines();
        assertThat(lines).anyMatch(l -> !l.certain());
        int firstUncertain = lines.indexOf(lines.stream().filter(l -> !l.certain()).findFirst().orElseThrow());
        assertThat(lines.subList(firstUncertain, lines.size())).allMatch(l -> !l.certain());
        assertThat(lines.subList(0, firstUncertain)).isNotEmpty().allMatch(ImpactLine::certain);
        assertThat(impact().headline()).contains("only through proposed references");
    }

    @Test
    void aTableReachesWhatDependsOnAnyOfItsColumns() {
        select("orders/public/orders");

        ImpactSection impact = impact();
        assertThat(impact.headline()).startsWith("changing orders.public.orders reaches ");
        assertThat(impact.lines()).extracting(ImpactLine::service).contains("billing", "shipping", "inventory");
    }

    @Test
    void aServiceListsItsDependenciesOnOtherServicesAndTheirsOnIt() {
        select("billing");

        EntriesSection uses = inspector.contentProperty().get()
                .section(ServiceDependencies.OUTGOING, EntriesSection.class).orElseThrow();
        assertThat(uses.entries()).extracting(InspectorEntry::name)
                .contains("billing v1 → orders.public.orders", "billing.public.invoices → orders.public.orders");
        assertThat(uses.entries()).filteredOn(e -> e.name().equals("billing v1 → orders.public.orders"))
                .singleElement().extracting(InspectorEntry::detail).asString().contains("via replica");

        select("orders");
        EntriesSection usedBy = inspector.contentProperty().get()
                .section(ServiceDependencies.INCOMING, EntriesSection.class).orElseThrow();
        assertThat(usedBy.entries()).extracting(InspectorEntry::name)
                .contains("billing v1 → orders.public.orders", "shipping.shop_shipping.shipments → orders.public.orders");
        assertThat(inspector.graphableProperty().get()).isFalse();
    }

    @Test
    void withoutAGraphThereIsNoImpactSection() {
        graph.set(null);
        select("orders/public/orders/total");

        assertThat(inspector.contentProperty().get().section(ImpactDetails.TITLE, ImpactSection.class)).isEmpty();
        assertThat(inspector.graphableProperty().get()).isFalse();
    }

    private ImpactSection impact() {
        return inspector.contentProperty().get().section("Impact", ImpactSection.class).orElseThrow();
    }

    private static ImpactLine line(ImpactSection impact, String object) {
        return impact.lines().stream().filter(l -> l.object().equals(object)).findFirst().orElseThrow();
    }

    private void select(String path) {
        tree.select(tree.find(path).orElseThrow(() -> new AssertionError("no " + path + " in the tree")));
    }
}
