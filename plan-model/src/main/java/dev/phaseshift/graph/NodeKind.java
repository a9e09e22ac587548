package dev.phaseshift.graph;

import java.util.Locale;

/** What a node of the estate graph stands for. */
public enum NodeKind {
    SERVICE,
    /** One version of a service as a consumer of other services' data ({@code billing v1}). */
    CONSUMER,
    TABLE,
    VIEW,
    COLUMN,
    SEQUENCE,
    TRIGGER;

    private final String id = name().toLowerCase(Locale.ROOT);

    /** The lower-case word used in node ids and exports ({@code table}). */
    public String id() {
        return id;
    }

    /** Tables and views: what has columns and what the drawing shows as boxes. */
    public boolean isRelation() {
        return this == TABLE || this == VIEW;
    }
}
