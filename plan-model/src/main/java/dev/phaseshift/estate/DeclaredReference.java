package dev.phaseshift.estate;

import java.util.Objects;

/**
 * A cross-service (or missing in-database) foreign key the user declares in {@code references:}.
 *
 * @param note     why it exists or how it is kept consistent, or null
 * @param location the entry in the estate file
 */
public record DeclaredReference(ReferencePair pair, String note, SourceLocation location,
                                SourceLocation fromLocation, SourceLocation toLocation) {
    public DeclaredReference {
        Objects.requireNonNull(pair, "pair");
        fromLocation = fromLocation == null ? location : fromLocation;
        toLocation = toLocation == null ? location : toLocation;
    }

    public DeclaredReference(ReferencePair pair, String note, SourceLocation location) {
        this(pair, note, location, location, location);
    }

    public QualifiedName from() {
        return pair.from();
    }

    public QualifiedName to() {
        return pair.to();
    }
}
