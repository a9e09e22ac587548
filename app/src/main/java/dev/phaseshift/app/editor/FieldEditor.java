package dev.phaseshift.app.editor;

import javafx.beans.property.ReadOnlyStringProperty;
import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One field of the step form: its text, which the view edits, and what is wrong with it (empty when nothing). */
public final class FieldEditor {
    private final FormField field;
    private final StringProperty text = new SimpleStringProperty(this, "text", "");
    private final ReadOnlyStringWrapper error = new ReadOnlyStringWrapper(this, "error", "");

    FieldEditor(FormField field) {
        this.field = field;
    }

    public FormField field() {
        return field;
    }

    /** The text typed; the form reads it after each change. */
    public StringProperty textProperty() {
        return text;
    }

    public ReadOnlyStringProperty errorProperty() {
        return error.getReadOnlyProperty();
    }

    void setError(String message) {
        error.set(message == null ? "" : message);
    }
}
