package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER DOMAIN d ADD [CONSTRAINT c] CHECK (expression) [NOT VALID]}. Without {@code NOT VALID}
 * the server checks the value of every column of the domain in every table, holding SHARE (no writes) on each of
 * those tables until the statement's transaction ends; with it, only new and updated values are checked and no
 * table is locked.
 *
 * @param domain     the domain as written (PostgreSQL folds unquoted names)
 * @param name       the constraint's name, or null when the statement names none
 * @param expression the check's condition as written, without its parentheses
 */
public record AddDomainCheck(String domain, String name, String expression, boolean notValid)
        implements WrittenCommand {
    public AddDomainCheck {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(expression, "expression");
    }
}
