package dev.phaseshift.app.overview;

import dev.phaseshift.app.estate.EstateTotals;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/** The overview of the open estate: a headline with totals and a row per service. */
public final class OverviewViewModel {
    private final ReadOnlyStringWrapper title = new ReadOnlyStringWrapper(this, "title", "");
    private final ReadOnlyStringWrapper description = new ReadOnlyStringWrapper(this, "description", "");
    private final ReadOnlyStringWrapper location = new ReadOnlyStringWrapper(this, "location", "");
    private final ReadOnlyObjectWrapper<EstateTotals> totals = new ReadOnlyObjectWrapper<>(this, "totals");
    private final ReadOnlyStringWrapper headline = new ReadOnlyStringWrapper(this, "headline", "");
    private final ObservableList<ServiceSummary> services = FXCollections.observableArrayList();
    private final ObservableList<ServiceSummary> readOnlyServices = FXCollections.unmodifiableObservableList(services);
    private final Consumer<String> serviceSelection;

    /**
     * @param serviceSelection called with a service name when the user picks a row, to show it in the inspector
     */
    public OverviewViewModel(ObservableValue<Estate> estate, Consumer<String> serviceSelection) {
        this.serviceSelection = serviceSelection;
        estate.addListener((obs, old, now) -> show(now));
        show(estate.getValue());
    }

    public ReadOnlyStringProperty titleProperty() {
        return title.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty descriptionProperty() {
        return description.getReadOnlyProperty();
    }

    public ReadOnlyStringProperty locationProperty() {
        return location.getReadOnlyProperty();
    }

    /** The estate's totals, null without an estate. */
    public ReadOnlyObjectProperty<EstateTotals> totalsProperty() {
        return totals.getReadOnlyProperty();
    }

    /** One sentence with the totals: "7 services on 2 engines · 68 tables · 512 columns · ...". */
    public ReadOnlyStringProperty headlineProperty() {
        return headline.getReadOnlyProperty();
    }

    public ObservableList<ServiceSummary> services() {
        return readOnlyServices;
    }

    public void selectService(ServiceSummary row) {
        if (row != null) {
            serviceSelection.accept(row.service());
        }
    }

    private void show(Estate estate) {
        if (estate == null) {
            title.set("");
            description.set("");
            location.set("");
            totals.set(null);
            headline.set("");
            services.clear();
            return;
        }
        EstateTotals t = EstateTotals.of(estate);
        title.set(estate.name());
        String text = estate.definition().description();
        description.set(text == null ? "" : text);
        location.set(estate.location());
        totals.set(t);
        headline.set(headline(estate, t));
        List<ServiceSummary> rows = new ArrayList<>();
        for (ServiceDefinition s : estate.services()) {
            rows.add(ServiceSummary.of(s, estate.snapshot(s.name()).orElse(null)));
        }
        services.setAll(rows);
    }

    private static String headline(Estate estate, EstateTotals t) {
        long engines = estate.services().stream().map(ServiceDefinition::engine).distinct().count();
        List<String> parts = new ArrayList<>();
        parts.add(EstateTotals.count(t.services(), "service", "services") + " on "
                + EstateTotals.count((int) engines, "engine", "engines"));
        parts.add(EstateTotals.count(t.tables(), "table", "tables"));
        parts.add(EstateTotals.count(t.columns(), "column", "columns"));
        parts.add(EstateTotals.count(t.foreignKeys(), "foreign key", "foreign keys"));
        parts.add(EstateTotals.count(t.indexes(), "index", "indexes"));
        parts.add(EstateTotals.count(t.views(), "view", "views"));
        if (t.notInspected() > 0) {
            parts.add(t.notInspected() + " not inspected");
        }
        return String.join(" · ", parts);
    }
}
