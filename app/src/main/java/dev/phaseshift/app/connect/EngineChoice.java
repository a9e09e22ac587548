package dev.phaseshift.app.connect;

import dev.phaseshift.schema.Engine;
import javafx.scene.control.ComboBox;
import javafx.util.StringConverter;

/** A combo box of the engines, shown by their display names ("PostgreSQL", "MySQL/MariaDB"). */
final class EngineChoice {
    private EngineChoice() {
    }

    static ComboBox<Engine> of(String id, javafx.beans.property.ObjectProperty<Engine> value) {
        ComboBox<Engine> engine = new ComboBox<>();
        engine.setId(id);
        engine.getItems().setAll(Engine.values());
        engine.setConverter(new StringConverter<>() {
            @Override
            public String toString(Engine e) {
                return e == null ? "" : e.displayName();
            }

            @Override
            public Engine fromString(String text) {
                return Engine.fromId(text);
            }
        });
        engine.valueProperty().bindBidirectional(value);
        return engine;
    }
}
