package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER TABLE t VALIDATE CONSTRAINT c}: scans the table under SHARE UPDATE EXCLUSIVE (reads and
 * writes go on) to prove a constraint added {@code NOT VALID}.
 *
 * @param name the constraint's name as the server stores it (unquoted names folded to lower case)
 */
public record ValidateConstraint(String table, String name) implements WrittenCommand {
    public ValidateConstraint {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(name, "name");
    }
}
