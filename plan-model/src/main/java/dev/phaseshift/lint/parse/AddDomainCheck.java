package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER DOMAIN d ADD [CONSTRAINT c] CHECK (expression) [NOT VALID]}, or {@code ALTER DOMAIN d SET
 * NOT NULL} ({@code setNotNull}: it checks {@code VALUE IS NOT NULL} the same way and has no {@code NOT VALID}
 * form). Without {@code NOT VALID} the server checks the value of every column of the domain in every table,
 * holding SHARE (no writes) on each of those tables until the statement's transaction ends (observed on 15); with
 * it, only new and updated values are checked and no table is locked.
 *
 * @param domain     the domain as written (PostgreSQL folds unquoted names)
 * @param name       the constraint's name, or null when the statement names none
 * @param expression the check's condition as written, without its parentheses
 * @param setNotNull whether it is {@code SET NOT NULL}
 */
public record AddDomainCheck(String domain, String name, String expression, boolean notValid, boolean setNotNull)
        implements WrittenCommand {
    public AddDomainCheck {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(expression, "expression");
    }

    /** {@code ALTER DOMAIN domain SET NOT NULL}. */
    public static AddDomainCheck notNull(String domain) {
        return new AddDomainCheck(domain, null, "VALUE IS NOT NULL", false, true);
    }
}
