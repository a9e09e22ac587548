package dev.phaseshift.estate;

import java.util.Objects;

/**
 * A column that holds the key of another: {@code from -> to}. The identity of declared references, inferred
 * proposals and decisions, so a decision keeps matching its proposal after the snapshots are read again.
 */
public record ReferencePair(QualifiedName from, QualifiedName to) {
    public static final String ARROW = " -> ";

    public ReferencePair {
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        if (from.depth() != 4 || to.depth() != 4) {
            throw new IllegalArgumentException("a reference joins two columns (service.schema.table.column): "
                    + from + ARROW + to);
        }
    }

    /**
     * Parses {@code service.schema.table.column -> service.schema.table.column}.
     *
     * @throws IllegalArgumentException with a lower-case reason
     */
    public static ReferencePair parse(String text) {
        int arrow = text.indexOf("->");
        if (arrow < 0) {
            throw new IllegalArgumentException("\"" + text + "\" is not a reference: write "
                    + "service.schema.table.column -> service.schema.table.column");
        }
        QualifiedName from = column(text.substring(0, arrow).strip(), "from");
        QualifiedName to = column(text.substring(arrow + 2).strip(), "to");
        return new ReferencePair(from, to);
    }

    /** Parses one side of a reference, which must name a column. */
    public static QualifiedName column(String text, String side) {
        QualifiedName name = QualifiedName.parse(text);
        if (name.depth() != 4) {
            throw new IllegalArgumentException("\"" + text + "\" (" + side + ") names no column: write "
                    + "service.schema.table.column");
        }
        return name;
    }

    @Override
    public String toString() {
        return from + ARROW + to;
    }
}
