package dev.phaseshift.app.search;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import javafx.beans.property.SimpleObjectProperty;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Search everywhere over the demo estate: what it finds, in which order, and what Enter hands on. */
class SearchViewModelTest {
    private final SimpleObjectProperty<Estate> estate = new SimpleObjectProperty<>(DemoEstate.load());
    private final List<SearchHit> selected = new ArrayList<>();
    private final SearchViewModel search = new SearchViewModel(estate, selected::add);

    @Test
    void aColumnNameFindsTheColumnsOfThatNameExactMatchesFirst() {
        search.open();
        search.queryProperty().set("total");

        assertThat(search.hits()).isNotEmpty();
        assertThat(search.hits()).extracting(SearchHit::kind).first().isEqualTo(SearchHitKind.COLUMN);
        assertThat(search.hits()).extracting(SearchHit::label).contains("orders.public.orders.total");
        assertThat(search.hits().get(0).name()).isEqualTo("total");
        assertThat(search.highlightedProperty().get()).isZero();
    }

    @Test
    void everyKindIsFoundServicesTablesViewsAndConsumerVersions() {
        search.queryProperty().set("billing");
        assertThat(search.hits()).extracting(SearchHit::kind)
                .contains(SearchHitKind.SERVICE, SearchHitKind.TABLE, SearchHitKind.CONSUMER);
        assertThat(search.hits()).extracting(SearchHit::label).contains("billing v1", "billing v2");

        search.queryProperty().set("order_summaries");
        assertThat(search.hits()).extracting(SearchHit::kind).first().isEqualTo(SearchHitKind.VIEW);
    }

    @Test
    void wordsNarrowTheHitsAndArrowsMoveTheHighlight() {
        search.queryProperty().set("orders total");
        assertThat(search.hits()).allSatisfy(h -> assertThat(h.label()).contains("orders").contains("total"));

        search.highlightNext();
        search.highlightNext();
        search.highlightPrevious();
        SearchHit second = search.hits().get(1);
        search.accept();

        assertThat(selected).containsExactly(second);
        assertThat(search.showingProperty().get()).isFalse();
    }

    @Test
    void nothingFoundSaysSoAndEnterDoesNothing() {
        search.open();
        search.queryProperty().set("no_such_thing_anywhere");

        assertThat(search.hits()).isEmpty();
        assertThat(search.summaryProperty().get()).isEqualTo("nothing found");
        search.accept();
        assertThat(selected).isEmpty();
        assertThat(search.showingProperty().get()).isTrue();
    }

    @Test
    void closingTheEstateEmptiesTheIndex() {
        search.queryProperty().set("total");
        estate.set(null);

        assertThat(search.hits()).isEmpty();
    }
}
