package dev.phaseshift.schema;

import java.util.Objects;

/**
 * Something the introspection could not read fully; any of these marks the snapshot partial.
 *
 * @param schema     the schema of the object, or null for a database-wide gap
 * @param name       the object name
 * @param objectType {@code table}, {@code view}, {@code sequence}...
 * @param part       what is missing or unusable: {@code data}, {@code definition}, {@code reads}, {@code object}...
 * @param reason     why, in words a DBA can act on ({@code no SELECT privilege for role "reader"})
 */
public record SkippedObject(String schema, String name, String objectType, String part, String reason) {
    public SkippedObject {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(objectType, "objectType");
        Objects.requireNonNull(part, "part");
        Objects.requireNonNull(reason, "reason");
    }
}
