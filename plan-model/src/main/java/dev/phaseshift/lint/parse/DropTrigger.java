package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * {@code DROP TRIGGER [IF EXISTS] name}: MySQL names only the trigger (the schema says whose it is), PostgreSQL
 * also its table ({@code ... ON table}). No rows are touched; the table's lock is held for a moment.
 *
 * @param table the table as written, null when the statement names none (MySQL)
 */
public record DropTrigger(String name, String table) implements WrittenCommand {
    public DropTrigger {
        Objects.requireNonNull(name, "name");
    }
}
