package dev.phaseshift.app.sqlpreview;

import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;

import java.util.List;

/** The server version the preview renders one service's steps for; starts at the snapshot's server. */
public final class ServiceDialect {
    private final String service;
    private final List<ServerVersion> choices;
    private final ObjectProperty<ServerVersion> selected;

    ServiceDialect(String service, List<ServerVersion> choices, ServerVersion initial) {
        this.service = service;
        this.choices = List.copyOf(choices);
        this.selected = new SimpleObjectProperty<>(this, "selected", initial);
    }

    public String service() {
        return service;
    }

    public List<ServerVersion> choices() {
        return choices;
    }

    public ObjectProperty<ServerVersion> selectedProperty() {
        return selected;
    }
}
