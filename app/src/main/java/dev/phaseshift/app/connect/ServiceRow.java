package dev.phaseshift.app.connect;

import dev.phaseshift.estate.ServiceDefinition;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyObjectProperty;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;

import java.time.Instant;

/**
 * One service's row in the Services tab: where it is, what its server said when last tested, its snapshot's age,
 * and what is happening to it now. Changed only by {@link ServicesViewModel}.
 */
public final class ServiceRow {
    private final String name;
    private final ReadOnlyObjectWrapper<ServiceDefinition> service = new ReadOnlyObjectWrapper<>(this, "service");
    private final ReadOnlyStringWrapper server = new ReadOnlyStringWrapper(this, "server", "not tested");
    private final ReadOnlyStringWrapper status = new ReadOnlyStringWrapper(this, "status", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error");
    private final ReadOnlyBooleanWrapper busy = new ReadOnlyBooleanWrapper(this, "busy");
    private final ReadOnlyStringWrapper snapshot = new ReadOnlyStringWrapper(this, "snapshot", "no snapshot yet");
    private final ReadOnlyObjectWrapper<Instant> snapshotTaken = new ReadOnlyObjectWrapper<>(this, "snapshotTaken");
    private final ReadOnlyBooleanWrapper stale = new ReadOnlyBooleanWrapper(this, "stale");

    ServiceRow(ServiceDefinition definition) {
        this.name = definition.name();
        service.set(definition);
    }

    public String name() {
        return name;
    }

    void define(ServiceDefinition definition) {
        service.set(definition);
    }

    void started(String what) {
        busy.set(true);
        error.set(null);
        status.set(what);
    }

    void succeeded(String what) {
        busy.set(false);
        error.set(null);
        status.set(what);
    }

    void failed(String message) {
        busy.set(false);
        error.set(message);
        status.set("failed");
    }

    void cancelled() {
        busy.set(false);
        status.set("cancelled");
    }

    void serverAnswered(String identity) {
        server.set(identity);
    }

    void snapshot(Instant taken, String text, boolean isStale) {
        snapshotTaken.set(taken);
        snapshot.set(text);
        stale.set(isStale);
    }

    public ReadOnlyObjectProperty<ServiceDefinition> serviceProperty() {
        return service.getReadOnlyProperty();
    }

    /** The product and version the server gave when the connection was last tested, or "not tested". */
    public ReadOnlyStringProperty serverProperty() {
        return server.getReadOnlyProperty();
    }

    /** What is happening or last happened: "testing…", "reading columns…", "read 12 tables in 0.4 s". */
    public ReadOnlyStringProperty statusProperty() {
        return status.getReadOnlyProperty();
    }

    /** The exact error of the last test or read, or null. */
    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty busyProperty() {
        return busy.getReadOnlyProperty();
    }

    /** "taken 3 h ago, today 14:02", "taken 2 days ago, 2026-12-05 09:12", "no snapshot yet". */
    public ReadOnlyStringProperty snapshotProperty() {
        return snapshot.getReadOnlyProperty();
    }

    public ReadOnlyObjectProperty<Instant> snapshotTakenProperty() {
        return snapshotTaken.getReadOnlyProperty();
    }

    /** Whether the snapshot is older than {@link ServicesViewModel#STALE_AFTER}, so a refresh is offered. */
    public ReadOnlyBooleanProperty staleProperty() {
        return stale.getReadOnlyProperty();
    }
}
