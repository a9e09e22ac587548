package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A user-defined PostgreSQL aggregate ({@code CREATE AGGREGATE}), kept as the parts of the statement because the
 * server has no function that prints an aggregate's definition.
 *
 * @param arguments         the arguments as the server prints them for {@code CREATE AGGREGATE}
 *                          ({@code integer}, or {@code double precision ORDER BY numeric} for an ordered-set
 *                          aggregate); also what names an overload
 * @param options           the definition's options in {@code CREATE AGGREGATE} order, each as written
 *                          ({@code SFUNC = app.add_ints}, {@code STYPE = integer}, {@code INITCOND = '0'})
 * @param owner             the owning role, recorded but not rendered
 */
public record Aggregate(String name, String arguments, List<String> options, String owner, String comment) {
    public Aggregate {
        Objects.requireNonNull(name, "name");
        arguments = arguments == null ? "" : arguments;
        options = ModelLists.copy(options);
    }

    /** {@code name(arguments)}, unique within a schema. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
