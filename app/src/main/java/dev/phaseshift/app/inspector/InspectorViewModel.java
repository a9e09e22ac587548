package dev.phaseshift.app.inspector;

import dev.phaseshift.app.estate.EstateItem;
import dev.phaseshift.estate.Estate;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.value.ObservableValue;

/** The inspector: describes whatever is selected in the estate tree. */
public final class InspectorViewModel {
    private final ObservableValue<EstateItem> selected;
    private final ObservableValue<Estate> estate;
    private final ReadOnlyObjectWrapper<InspectorContent> content =
            new ReadOnlyObjectWrapper<>(this, "content", InspectorContent.empty());

    public InspectorViewModel(ObservableValue<EstateItem> selected, ObservableValue<Estate> estate) {
        this.selected = selected;
        this.estate = estate;
        selected.addListener((obs, old, now) -> refresh());
        estate.addListener((obs, old, now) -> refresh());
        refresh();
    }

    public ReadOnlyObjectProperty<InspectorContent> contentProperty() {
        return content.getReadOnlyProperty();
    }

    private void refresh() {
        content.set(InspectorContents.of(selected.getValue(), estate.getValue()));
    }
}
