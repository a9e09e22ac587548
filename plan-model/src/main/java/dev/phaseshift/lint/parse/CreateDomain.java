package dev.phaseshift.lint.parse;

import java.util.List;
import java.util.Objects;

/**
 * PostgreSQL {@code CREATE DOMAIN d [AS] type [DEFAULT ...] [[CONSTRAINT c] CHECK (expression) | NOT NULL ...]}: a
 * new type, so no column uses it yet and no table is locked; later statements that add a check to it find it here.
 *
 * @param checks  the conditions of its {@code CHECK} constraints as written, without their parentheses
 * @param notNull whether it is declared {@code NOT NULL}
 */
public record CreateDomain(String name, String type, List<String> checks, boolean notNull) implements WrittenCommand {
    public CreateDomain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
        checks = List.copyOf(checks);
    }
}
