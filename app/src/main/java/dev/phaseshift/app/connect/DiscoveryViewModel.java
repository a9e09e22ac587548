package dev.phaseshift.app.connect;

import dev.phaseshift.app.task.TaskRunner;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.Credentials;
import dev.phaseshift.introspect.DiscoveredDatabase;
import dev.phaseshift.introspect.ServerDiscovery;
import dev.phaseshift.schema.Engine;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * "Discover services…": connect to one server, list its databases with their sizes, tick several; each ticked
 * database becomes a service. A typed password stays in this object and, for the new services, in the
 * {@link SessionSecrets}; the services only say "ask me".
 */
public final class DiscoveryViewModel {
    private final TaskRunner tasks;
    private final ServerDiscovery discovery;
    private final ServerFields server = new ServerFields();
    private final StringProperty password = new SimpleStringProperty(this, "password", "");
    private final StringProperty team = new SimpleStringProperty(this, "team", "");
    private final ObservableList<DiscoveredDatabase> databases = FXCollections.observableArrayList();
    private final ObservableList<DiscoveredDatabase> ticked = FXCollections.observableArrayList();
    private final ObservableList<DiscoveredDatabase> readOnlyTicked = FXCollections.unmodifiableObservableList(ticked);
    private final ReadOnlyStringWrapper message = new ReadOnlyStringWrapper(this, "message", "");
    private final ReadOnlyBooleanWrapper listing = new ReadOnlyBooleanWrapper(this, "listing");

    public DiscoveryViewModel(TaskRunner tasks, ServerDiscovery discovery) {
        this.tasks = tasks;
        this.discovery = discovery;
    }

    /** Connects to the server and lists its databases in the background. */
    public void listDatabases() {
        Engine chosen = server.engineProperty().get();
        String url = server.url(chosen == Engine.POSTGRESQL ? "postgres" : "");
        Credentials credentials = Credentials.of(server.userProperty().get().strip(), password.get());
        String where = server.address();
        listing.set(true);
        message.set("connecting to " + where + "…");
        tasks.run("listing the databases of " + where, progress -> discovery.databases(chosen, url,
                        credentials),
                found -> {
                    listing.set(false);
                    databases.setAll(found);
                    ticked.clear();
                    message.set(found.size() + " database" + (found.size() == 1 ? "" : "s") + " on " + where
                            + "; tick the ones that are services");
                },
                error -> {
                    listing.set(false);
                    databases.clear();
                    ticked.clear();
                    message.set(ConnectMessages.of(error));
                });
    }

    /** The view's ticks. */
    public void setTicked(List<DiscoveredDatabase> value) {
        ticked.setAll(value);
    }

    /**
     * A service for each ticked database, named after it (made unique against {@code takenNames}), reading the
     * database itself (MySQL) or every schema of it (PostgreSQL).
     */
    public List<ServiceDefinition> services(Set<String> takenNames) {
        Set<String> taken = new HashSet<>(takenNames);
        List<ServiceDefinition> out = new ArrayList<>();
        for (DiscoveredDatabase db : ticked) {
            String base = db.name().toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9_-]+", "_");
            String name = base;
            for (int n = 2; taken.contains(name); n++) {
                name = base + "_" + n;
            }
            taken.add(name);
            Engine engine = server.engineProperty().get();
            out.add(new ServiceDefinition(name, team.get().isBlank() ? null : team.get().strip(), engine,
                    db.name(), server.url(db.name()), server.userProperty().get().strip(),
                    password.get().isEmpty() ? null : "${prompt}",
                    engine == Engine.MYSQL ? List.of(db.name()) : List.of(), "snapshots/" + name + ".json"));
        }
        return out;
    }

    /** The password typed for the server, for the session's store; empty when none was typed. */
    char[] typedPassword() {
        return password.get().toCharArray();
    }

    /** {@code shop_orders · 7.6 MB}, for the list. */
    public static String describe(DiscoveredDatabase db) {
        return db.name() + "  ·  " + ConnectMessages.size(db.sizeBytes());
    }

    /** The server to ask. */
    public ServerFields server() {
        return server;
    }

    public StringProperty passwordProperty() {
        return password;
    }

    /** The team of the new services. */
    public StringProperty teamProperty() {
        return team;
    }

    public ObservableList<DiscoveredDatabase> databases() {
        return databases;
    }

    public ObservableList<DiscoveredDatabase> ticked() {
        return readOnlyTicked;
    }

    /** What the last listing found, or its exact error. */
    public ReadOnlyStringProperty messageProperty() {
        return message.getReadOnlyProperty();
    }

    public ReadOnlyBooleanProperty listingProperty() {
        return listing.getReadOnlyProperty();
    }
}
