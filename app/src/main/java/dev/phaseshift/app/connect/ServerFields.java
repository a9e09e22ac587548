package dev.phaseshift.app.connect;

import dev.phaseshift.schema.Engine;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/**
 * A server as the service form and discovery ask for it: engine, host, port and user. The port follows the
 * engine while it is the engine's default, so switching to MySQL makes 5432 become 3306.
 */
public final class ServerFields {
    private final ObjectProperty<Engine> engine = new SimpleObjectProperty<>(this, "engine", Engine.POSTGRESQL);
    private final StringProperty host = new SimpleStringProperty(this, "host", "127.0.0.1");
    private final StringProperty port = new SimpleStringProperty(this, "port", defaultPort(Engine.POSTGRESQL));
    private final StringProperty user = new SimpleStringProperty(this, "user", "");

    public ServerFields() {
        engine.addListener((obs, old, now) -> {
            if (now != null && port.get().equals(defaultPort(old))) {
                port.set(defaultPort(now));
            }
        });
    }

    /** {@code jdbc:postgresql://host:port/database}. */
    String url(String database) {
        return "jdbc:" + engine.get().id() + "://" + host.get().strip() + ":" + port.get().strip() + "/" + database;
    }

    /** {@code host:port}, for messages. */
    String address() {
        return host.get().strip() + ":" + port.get().strip();
    }

    static String defaultPort(Engine engine) {
        return engine == Engine.MYSQL ? "3306" : "5432";
    }

    public ObjectProperty<Engine> engineProperty() {
        return engine;
    }

    public StringProperty hostProperty() {
        return host;
    }

    public StringProperty portProperty() {
        return port;
    }

    public StringProperty userProperty() {
        return user;
    }
}
