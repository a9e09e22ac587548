package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.app.estate.GraphNames;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.graph.EstateGraph;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.value.ObservableValue;

/** The inspector: describes whatever is selected in the estate tree, with the impact of changing it. */
public final class InspectorViewModel {
    private final ObservableValue<EstateItem> selected;
    private final ObservableValue<Estate> estate;
    private final ObservableValue<EstateGraph> graph;
    private final ReadOnlyObjectWrapper<InspectorContent> content =
            new ReadOnlyObjectWrapper<>(this, "content", InspectorContent.empty());
    private final ReadOnlyBooleanWrapper graphable = new ReadOnlyBooleanWrapper(this, "graphable");

    public InspectorViewModel(ObservableValue<EstateItem> selected, ObservableValue<Estate> estate) {
        this(selected, estate, new SimpleObjectProperty<>());
    }

    /** @param graph the open estate's graph, built with it; the impact sections come from it */
    public InspectorViewModel(ObservableValue<EstateItem> selected, ObservableValue<Estate> estate,
                              ObservableValue<EstateGraph> graph) {
        this.selected = selected;
        this.estate = estate;
        this.graph = graph;
        selected.addListener((obs, old, now) -> refresh());
        estate.addListener((obs, old, now) -> refresh());
        graph.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<InspectorContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    /** Whether the described item can be shown in the graph (a table, view or column of the open estate). */
    public ReadOnlyBooleanProperty graphableProperty() {
        return graphable.getReadOnlyProperty();
    }

    private void refresh() {
        EstateItem item = selected.getValue();
        content.set(InspectorContents.of(item, estate.getValue(), graph.getValue()));
        graphable.set(graph.getValue() != null && GraphNames.focusable(item));
    }
}
