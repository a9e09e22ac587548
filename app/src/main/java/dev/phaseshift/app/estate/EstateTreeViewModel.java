package dev.phaseshift.app.estate;

import dev.phaseshift.estate.Estate;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.value.ObservableValue;

import java.util.Optional;

/**
 * The estate tree: the (filtered) tree of the open estate, the search text and the selected item.
 */
public final class EstateTreeViewModel {
    private final ObjectProperty<Estate> estate = new SimpleObjectProperty<>(this, "estate");
    private final StringProperty filterText = new SimpleStringProperty(this, "filterText", "");
    private final ReadOnlyObjectWrapper<EstateTreeNode> root = new ReadOnlyObjectWrapper<>(this, "root");
    private final ReadOnlyStringWrapper matchSummary = new ReadOnlyStringWrapper(this, "matchSummary", "");
    private final ReadOnlyObjectWrapper<EstateItem> selectedItem = new ReadOnlyObjectWrapper<>(this, "selectedItem");
    private EstateTreeNode fullTree;

    public EstateTreeViewModel(ObservableValue<Estate> openEstate) {
        estate.bind(openEstate);
        estate.addListener((obs, old, now) -> estateChanged(now));
        filterText.addListener((obs, old, now) -> applyFilter());
        estateChanged(estate.get());
    }

    /** The search text; the view binds its search field to it. */
    public StringProperty filterTextProperty() {
        return filterText;
    }

    /** The tree to show; null when no estate is open. */
    public ReadOnlyObjectProperty<EstateTreeNode> rootProperty() {
        return root.getReadOnlyProperty();
    }

    /** "3 matches", "no matches", or empty without a filter. */
    public ReadOnlyStringProperty matchSummaryProperty() {
        return matchSummary.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<EstateItem> selectedItemProperty() {
        return selectedItem.getReadOnlyProperty();
    }

    /** Selects an item of the current tree; null clears the selection. */
    public void select(EstateItem item) {
        selectedItem.set(item);
    }

    /** Selects the service called {@code name}, if the estate has it. */
    public void selectService(String name) {
        find(name).ifPresent(selectedItem::set);
    }

    /** Finds an item of the unfiltered tree by its {@link EstateItem#path() path}. */
    public Optional<EstateItem> find(String path) {
        if (fullTree == null) {
            return Optional.empty();
        }
        return fullTree.flatten().map(EstateTreeNode::item).filter(i -> i.path().equals(path)).findFirst();
    }

    public void clearFilter() {
        filterText.set("");
    }

    private void estateChanged(Estate now) {
        fullTree = now == null ? null : EstateTreeBuilder.build(now);
        selectedItem.set(null);
        applyFilter();
    }

    private void applyFilter() {
        if (fullTree == null) {
            root.set(null);
            matchSummary.set("");
            return;
        }
        FilteredTree filtered = EstateTreeFilter.filter(fullTree, filterText.get());
        root.set(filtered.root());
        if (!filtered.filtered()) {
            matchSummary.set("");
        } else if (filtered.matches() == 0) {
            matchSummary.set("no matches");
        } else {
            matchSummary.set(EstateTotals.count(filtered.matches(), "match", "matches"));
        }
    }
}
