package dev.phaseshift.schema;

import java.util.Objects;

/** A schema-qualified object name, kept as two parts so identifiers with dots or spaces stay unambiguous. */
public record ObjectName(String schema, String name) {
    public ObjectName {
        Objects.requireNonNull(name, "name");
    }

    /** {@code schema.name} without quoting, for messages and the {@code View.reads()} strings. */
    public String dotted() {
        return schema == null ? name : schema + "." + name;
    }
}
