package dev.phaseshift.plan.file;

import dev.phaseshift.estate.SourceLocation;

import java.util.List;
import java.util.Map;

/**
 * A parsed YAML/JSON value that remembers where it was written: a map (keys in file order, each key's own
 * location), a list, or a scalar (text, number, boolean or null).
 */
record Node(Kind kind, Object scalar, Map<String, Node> fields, Map<String, SourceLocation> keyLocations,
            List<Node> items, SourceLocation location) {
    enum Kind { MAP, LIST, TEXT, NUMBER, BOOLEAN, NULL }

    /** How a value is named in messages ({@code a list}, {@code a number}...). */
    String describe() {
        return switch (kind) {
            case MAP -> "a mapping";
            case LIST -> "a list";
            case TEXT -> "text";
            case NUMBER -> "a number";
            case BOOLEAN -> "true/false";
            case NULL -> "null";
        };
    }

    boolean isScalar() {
        return kind != Kind.MAP && kind != Kind.LIST;
    }
}
