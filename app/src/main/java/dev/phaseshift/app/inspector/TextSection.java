package dev.phaseshift.app.inspector;

/**
 * Free text: a comment, or SQL such as a view definition.
 *
 * @param code whether the text is SQL, shown in a monospace font
 */
public record TextSection(String title, String text, boolean code) implements InspectorSection {
}
