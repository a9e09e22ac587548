package dev.phaseshift.app.inspector;

/**
 * A name and its value.
 *
 * @param code whether the value is SQL or an identifier, shown in a monospace font
 */
public record InspectorProperty(String name, String value, boolean code) {
    public static InspectorProperty text(String name, String value) {
        return new InspectorProperty(name, value, false);
    }

    public static InspectorProperty code(String name, String value) {
        return new InspectorProperty(name, value, true);
    }
}
