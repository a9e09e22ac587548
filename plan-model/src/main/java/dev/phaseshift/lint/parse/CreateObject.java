package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code CREATE TYPE | SCHEMA | PROCEDURE | MATERIALIZED VIEW name ...}: a new object no table lock and no
 * rule is about, recorded so that later statements of the same file or step know the name is new (a rename of it,
 * or a rename that hands its old name over to it, breaks nothing running code uses).
 *
 * @param kind {@code type}, {@code schema}, {@code procedure} or {@code materialized view}
 * @param name the name as written (PostgreSQL folds unquoted names; schema-qualified when written so)
 */
public record CreateObject(String kind, String name) implements WrittenCommand {
    public CreateObject {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
