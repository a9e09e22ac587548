package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL enum type ({@code CREATE TYPE ... AS ENUM}); MySQL enums are column types instead.
 *
 * @param labels the labels in sort order
 */
public record EnumType(String name, List<String> labels, String owner, String comment) {
    public EnumType {
        Objects.requireNonNull(name, "name");
        labels = ModelLists.copy(labels);
    }

    public static EnumType of(String name, List<String> labels) {
        return new EnumType(name, labels, null, null);
    }
}
