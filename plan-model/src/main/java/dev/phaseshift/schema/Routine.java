package dev.phaseshift.schema;

import java.util.Objects;

/**
 * A stored function or procedure; PostgreSQL only for now, so that trigger functions travel with their triggers.
 *
 * @param arguments  the identity arguments as the server prints them ({@code a integer, b text}); overloads differ here
 * @param returnType the result type ({@code trigger}, {@code integer}), or null for a procedure
 * @param definition the whole {@code CREATE OR REPLACE FUNCTION} statement as the server prints it
 */
public record Routine(String name, RoutineKind kind, String arguments, String returnType, String language,
                      String definition, String comment) {
    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null ? "" : arguments;
    }

    /** {@code name(arguments)}, unique within a schema. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
