package dev.phaseshift.app.inspector;

/**
 * A named object and what it is, e.g. a foreign key and its columns and target.
 *
 * @param detail SQL-like description, shown in a monospace font
 */
public record InspectorEntry(String name, String detail) {
}
