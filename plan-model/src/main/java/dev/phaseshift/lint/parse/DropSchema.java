package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * {@code DROP SCHEMA name} or {@code DROP DATABASE name} (on MySQL/MariaDB the two are the same statement).
 *
 * @param database whether {@code DATABASE} was written
 * @param cascade  postgresql {@code CASCADE}: the objects inside go too; without it the server refuses to drop a
 *                 schema that is not empty. MySQL/MariaDB always drop everything inside, so it is true there.
 */
public record DropSchema(String name, boolean database, boolean cascade) implements WrittenCommand {
    public DropSchema {
        Objects.requireNonNull(name, "name");
    }
}
