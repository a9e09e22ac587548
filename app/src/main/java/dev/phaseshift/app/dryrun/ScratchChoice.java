package dev.phaseshift.app.dryrun;

import dev.phaseshift.schema.Engine;
import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** The scratch server for one engine: a JDBC URL the user edits, and where the proposal came from. */
public final class ScratchChoice {
    private final Engine engine;
    private final StringProperty url = new SimpleStringProperty(this, "url", "");
    private final ReadOnlyStringWrapper origin = new ReadOnlyStringWrapper(this, "origin", "");

    ScratchChoice(Engine engine) {
        this.engine = engine;
    }

    public Engine engine() {
        return engine;
    }

    /** Any database on the scratch server; user= and password= may be URL parameters. */
    public StringProperty urlProperty() {
        return url;
    }

    /** {@code remembered for this estate}, {@code the local server answers}, or what is wrong. */
    public ReadOnlyStringProperty originProperty() {
        return origin.getReadOnlyProperty();
    }

    void propose(String value, String why) {
        url.set(value);
        origin.set(why);
    }

    void note(String why) {
        origin.set(why);
    }

    String text() {
        return url.get() == null ? "" : url.get().strip();
    }
}
