package dev.phaseshift.app.overview;

import dev.phaseshift.app.fixtures.ShopEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.schema.Engine;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class OverviewViewModelTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>();
    private final List<String> selected = new ArrayList<>();
    private final OverviewViewModel overview = new OverviewViewModel(estate, selected::add);

    @Test
    void showsARowPerServiceAndAHeadlineWithTotals() {
        estate.set(ShopEstate.create());

        assertThat(overview.titleProperty().get()).isEqualTo("Test Shop");
        assertThat(overview.headlineProperty().get()).isEqualTo(
                "3 services on 2 engines · 4 tables · 15 columns · 2 foreign keys · 4 indexes · 1 view"
                        + " · 1 not inspected");
        assertThat(overview.services()).containsExactly(
                new ServiceSummary("customers", "identity", Engine.POSTGRESQL, "shop_customers", true,
                        2, 9, 1, 3, 1, "15.10"),
                new ServiceSummary("orders", "checkout", Engine.POSTGRESQL, "shop_orders", true,
                        2, 6, 1, 1, 0, "15.10"),
                new ServiceSummary("shipping", "fulfilment", Engine.MYSQL, "shop_shipping", false,
                        0, 0, 0, 0, 0, null));
    }

    @Test
    void pickingARowSelectsTheService() {
        estate.set(ShopEstate.create());

        overview.selectService(overview.services().get(1));

        assertThat(selected).containsExactly("orders");
    }

    @Test
    void closingTheEstateEmptiesTheOverview() {
        estate.set(ShopEstate.create());
        estate.set(null);

        assertThat(overview.services()).isEmpty();
        assertThat(overview.headlineProperty().get()).isEmpty();
        assertThat(overview.totalsProperty().get()).isNull();
    }
}
