package dev.phaseshift.app.search;

import dev.phaseshift.estate.Estate;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.List;
import java.util.function.Consumer;

/**
 * Search everywhere (Ctrl+K): a query, the hits as it is typed, a highlighted hit moved with the arrow keys, and
 * Enter, which hands the hit to whoever selects it in the tree and the graph, and closes the search.
 */
public final class SearchViewModel {
    static final int LIMIT = 60;

    private final StringProperty query = new SimpleStringProperty(this, "query", "");
    private final ObservableList<SearchHit> hits = FXCollections.observableArrayList();
    private final ObservableList<SearchHit> readOnlyHits = FXCollections.unmodifiableObservableList(hits);
    private final IntegerProperty highlighted = new SimpleIntegerProperty(this, "highlighted", -1);
    private final ReadOnlyBooleanWrapper showing = new ReadOnlyBooleanWrapper(this, "showing");
    private final ReadOnlyStringWrapper summary = new ReadOnlyStringWrapper(this, "summary", "");
    private final Consumer<SearchHit> select;
    private SearchIndex index = SearchIndex.empty();

    public SearchViewModel(ObservableValue<Estate> estate, Consumer<SearchHit> select) {
        this.select = select;
        estate.addListener((obs, old, now) -> {
            index = now == null ? SearchIndex.empty() : SearchIndex.of(now);
            refresh();
        });
        if (estate.getValue() != null) {
            index = SearchIndex.of(estate.getValue());
        }
        query.addListener((obs, old, now) -> refresh());
    }

    /** Opens the search with an empty query. */
    public void open() {
        query.set("");
        showing.set(true);
    }

    public void close() {
        showing.set(false);
    }

    public void highlightNext() {
        if (!hits.isEmpty()) {
            highlighted.set(Math.min(hits.size() - 1, highlighted.get() + 1));
        }
    }

    public void highlightPrevious() {
        if (!hits.isEmpty()) {
            highlighted.set(Math.max(0, highlighted.get() - 1));
        }
    }

    /** Selects the highlighted hit (a click highlights first) and closes the search. */
    public void accept() {
        int i = highlighted.get();
        if (i < 0 || i >= hits.size()) {
            return;
        }
        SearchHit hit = hits.get(i);
        close();
        select.accept(hit);
    }

    private void refresh() {
        List<SearchHit> found = index.find(query.get(), LIMIT);
        hits.setAll(found);
        highlighted.set(found.isEmpty() ? -1 : 0);
        summary.set(query.get().isBlank() ? "services, tables, views, columns and consumer versions"
                : found.isEmpty() ? "nothing found" : found.size() == LIMIT ? "the first " + LIMIT + " hits"
                : found.size() + " hit" + (found.size() == 1 ? "" : "s"));
    }

    public StringProperty queryProperty() {
        return query;
    }

    public ObservableList<SearchHit> hits() {
        return readOnlyHits;
    }

    /** The index of the highlighted hit, -1 when there is none; the list view binds its selection to it. */
    public IntegerProperty highlightedProperty() {
        return highlighted;
    }

    public ReadOnlyBooleanProperty showingProperty() {
        return showing.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty summaryProperty() {
        return summary.getReadOnlyProperty();
    }

}
