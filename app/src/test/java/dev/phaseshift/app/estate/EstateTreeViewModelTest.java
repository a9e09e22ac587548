package dev.phaseshift.app.estate;

import dev.phaseshift.app.fixtures.ShopEstate;
import dev.phaseshift.estate.Estate;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class EstateTreeViewModelTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>();
    private final EstateTreeViewModel viewModel = new EstateTreeViewModel(estate);

    @Test
    void showsNothingUntilAnEstateIsOpen() {
        assertThat(viewModel.rootProperty().get()).isNull();

        estate.set(ShopEstate.create());

        EstateTreeNode root = viewModel.rootProperty().get();
        assertThat(root.item().name()).isEqualTo("Test Shop");
        assertThat(root.children()).extracting(n -> n.item().name())
                .containsExactly("customers", "orders", "shipping");
    }

    @Test
    void aServiceWithoutSnapshotIsShownAsNotInspectedWithoutChildren() {
        estate.set(ShopEstate.create());

        EstateTreeNode shipping = viewModel.rootProperty().get().children().get(2);
        assertThat(shipping.item()).isInstanceOfSatisfying(ServiceItem.class,
                s -> assertThat(s.inspected()).isFalse());
        assertThat(shipping.children()).isEmpty();
    }

    @Test
    void typingFiltersTheTreeAndSaysHowManyMatched() {
        estate.set(ShopEstate.create());

        viewModel.filterTextProperty().set("customer_id");

        assertThat(viewModel.matchSummaryProperty().get()).isEqualTo("2 matches");
        assertThat(viewModel.rootProperty().get().children()).extracting(n -> n.item().name())
                .containsExactly("customers", "orders");

        viewModel.filterTextProperty().set("nothing-like-this");
        assertThat(viewModel.matchSummaryProperty().get()).isEqualTo("no matches");

        viewModel.clearFilter();
        assertThat(viewModel.matchSummaryProperty().get()).isEmpty();
        assertThat(viewModel.rootProperty().get().children()).hasSize(3);
    }

    @Test
    void selectingAServiceByNameAndClosingTheEstateClearsTheSelection() {
        estate.set(ShopEstate.create());

        viewModel.selectService("orders");
        assertThat(viewModel.selectedItemProperty().get()).isInstanceOf(ServiceItem.class)
                .extracting(EstateItem::name).isEqualTo("orders");

        estate.set(null);
        assertThat(viewModel.selectedItemProperty().get()).isNull();
        assertThat(viewModel.rootProperty().get()).isNull();
    }

    @Test
    void findsItemsByPath() {
        estate.set(ShopEstate.create());

        assertThat(viewModel.find("customers/public/customers/email")).get()
                .isInstanceOf(ColumnItem.class);
        assertThat(viewModel.find("customers/public/nope")).isEmpty();
    }
}
