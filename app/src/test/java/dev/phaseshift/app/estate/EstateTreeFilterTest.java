package dev.phaseshift.app.estate;

import dev.phaseshift.app.fixtures.ShopEstate;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class EstateTreeFilterTest {
    private final EstateTreeNode full = EstateTreeBuilder.build(ShopEstate.create());

    @Test
    void withoutSearchTextTheWholeTreeIsShownWithOnlyTheEstateOpen() {
        FilteredTree result = EstateTreeFilter.filter(full, "  ");

        assertThat(result.filtered()).isFalse();
        assertThat(result.root()).isSameAs(full);
        assertThat(names(result.root().children())).containsExactly("customers", "orders", "shipping");
        assertThat(result.root().expanded()).isTrue();
        assertThat(result.root().children()).noneMatch(EstateTreeNode::expanded);
    }

    @Test
    void aColumnMatchKeepsAndOpensThePathToItCaseInsensitively() {
        FilteredTree result = EstateTreeFilter.filter(full, "EMAIL");

        EstateTreeNode root = result.root();
        assertThat(names(root.children())).containsExactly("customers");
        EstateTreeNode customers = root.children().get(0);
        assertThat(customers.expanded()).isTrue();
        EstateTreeNode pub = customers.children().get(0);
        assertThat(pub.expanded()).isTrue();
        assertThat(names(pub.children())).containsExactly("customers", "active_customers");
        EstateTreeNode table = pub.children().get(0);
        assertThat(table.expanded()).isTrue();
        assertThat(names(table.children())).containsExactly("email");
        assertThat(result.matches()).isEqualTo(2); // customers.email and active_customers.email
    }

    @Test
    void aMatchingTableKeepsAllItsColumnsButStaysClosed() {
        FilteredTree result = EstateTreeFilter.filter(full, "Order_Lines");

        EstateTreeNode orders = result.root().children().get(0);
        assertThat(orders.item().name()).isEqualTo("orders");
        EstateTreeNode table = orders.children().get(0).children().get(0);
        assertThat(table.item().name()).isEqualTo("order_lines");
        assertThat(table.expanded()).isFalse();
        assertThat(names(table.children())).containsExactly("order_id", "line_no", "sku");
        assertThat(result.matches()).isEqualTo(1);
    }

    @Test
    void aTableThatMatchesAndHasMatchingColumnsKeepsAllColumnsAndOpens() {
        FilteredTree result = EstateTreeFilter.filter(full, "order");

        EstateTreeNode ordersSchema = result.root().children().stream()
                .filter(n -> n.item().name().equals("orders")).findFirst().orElseThrow().children().get(0);
        EstateTreeNode lines = ordersSchema.children().stream()
                .filter(n -> n.item().name().equals("order_lines")).findFirst().orElseThrow();
        assertThat(lines.expanded()).isTrue();
        assertThat(names(lines.children())).containsExactly("order_id", "line_no", "sku");
    }

    @Test
    void serviceAndSchemaNamesAreNotSearched() {
        FilteredTree result = EstateTreeFilter.filter(full, "shipping");

        assertThat(result.root().children()).isEmpty();
        assertThat(result.matches()).isZero();
        assertThat(result.root().item()).isInstanceOf(EstateRootItem.class);
    }

    private static List<String> names(List<EstateTreeNode> nodes) {
        return nodes.stream().map(n -> n.item().name()).toList();
    }
}
