package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code CREATE [OR REPLACE] FUNCTION name (...) ...}: no table is locked, but what it declares about
 * itself decides later statements: a column default that calls it rewrites the table unless it is declared
 * {@code STABLE} or {@code IMMUTABLE} (PostgreSQL takes every function for {@code VOLATILE} unless told otherwise).
 *
 * @param name        the function's name as written, lower case (schema-qualified when written so)
 * @param notVolatile declared {@code STABLE} or {@code IMMUTABLE} (outside its body)
 */
public record CreateFunction(String name, boolean notVolatile) implements WrittenCommand {
    public CreateFunction {
        Objects.requireNonNull(name, "name");
    }
}
