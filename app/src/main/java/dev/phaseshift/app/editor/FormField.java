package dev.phaseshift.app.editor;

import java.util.Objects;

/**
 * One field of a step's form.
 *
 * @param key      the path of the value in the operation, as the plan file writes it ({@code column.type})
 * @param kind     how the text is read
 * @param required whether the plan file must have it
 * @param editable false for values the form cannot edit as one line (columns with an identity, a generation
 *                 expression, a collation or a comment); shown as they are
 */
public record FormField(String key, Kind kind, boolean required, boolean editable) {
    /** How a field's text becomes a value. */
    public enum Kind {
        TEXT("text"), NUMBER("a whole number"), FLAG("true, false or empty"), LIST("comma-separated names"),
        COLUMNS(ColumnListText.HINT), OTHER("not editable here");

        private final String hint;

        Kind(String hint) {
            this.hint = hint;
        }

        /** What the field takes, as a prompt. */
        public String hint() {
            return hint;
        }
    }

    public FormField {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(kind, "kind");
    }

    /** {@code column.type *} for a required field. */
    public String label() {
        return key + (required ? " *" : "");
    }
}
