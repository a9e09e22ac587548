package dev.phaseshift.graph;

import java.util.Locale;

/**
 * Why one node depends on another. An edge {@code from -> to} means "from depends on to": when {@code to}
 * changes, {@code from} may break.
 */
public enum DependencyKind {
    /** A column that is part of a foreign key, to the referenced column. */
    FOREIGN_KEY("references"),
    /** A view to the table, view or column it reads. */
    VIEW_READ("reads"),
    /** A trigger to the table or view it fires on, and to the columns of {@code UPDATE OF}. */
    TRIGGER("fires on"),
    /** A sequence to the column that owns it (serial, identity, {@code OWNED BY}). */
    SEQUENCE_OWNERSHIP("is owned by"),
    /** A partition to its partitioned table. */
    PARTITION("is a partition of"),
    /** A reference declared in the estate file, usually across services. */
    DECLARED_REFERENCE("references"),
    /** A reference found from names and types: proposed, or accepted by the user. */
    INFERRED_REFERENCE("references"),
    /** A consumer version to the table, view or column it reads. */
    CONSUMER_READ("reads"),
    /** A consumer version to the table or column it writes. */
    CONSUMER_WRITE("writes");

    private final String verb;

    DependencyKind(String verb) {
        this.verb = verb;
    }

    /** What the dependent does to the dependency, for explanations ("billing v1 reads ..."). */
    public String verb() {
        return verb;
    }

    /** The lower-case name used in exports ({@code foreign_key}). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public boolean isReference() {
        return this == FOREIGN_KEY || this == DECLARED_REFERENCE || this == INFERRED_REFERENCE;
    }

    public boolean isConsumer() {
        return this == CONSUMER_READ || this == CONSUMER_WRITE;
    }
}
