package dev.phaseshift.app.wizard;

import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;

/** One thing the wizard asks for, as a text the user edits. */
public final class WizardField {
    private final String id;
    private final String label;
    private final String prompt;
    private final boolean required;
    private final StringProperty value;

    WizardField(String id, String label, String prompt, boolean required, String initial) {
        this.id = id;
        this.label = label;
        this.prompt = prompt;
        this.required = required;
        this.value = new SimpleStringProperty(this, id, initial == null ? "" : initial);
    }

    /** A stable id for the view's node, {@code newName}. */
    public String id() {
        return id;
    }

    public String label() {
        return label;
    }

    /** A hint shown while the field is empty. */
    public String prompt() {
        return prompt;
    }

    public boolean required() {
        return required;
    }

    public StringProperty valueProperty() {
        return value;
    }

    /** The trimmed text; null when empty. */
    public String text() {
        String v = value.get() == null ? "" : value.get().strip();
        return v.isEmpty() ? null : v;
    }
}
