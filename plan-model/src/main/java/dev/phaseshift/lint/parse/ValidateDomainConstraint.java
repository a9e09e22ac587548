package dev.phaseshift.lint.parse;

import java.util.Objects;

/**
 * PostgreSQL {@code ALTER DOMAIN d VALIDATE CONSTRAINT c}: checks every column of the domain in every table. It holds
 * SHARE (no writes) on each of those tables before PostgreSQL 19, SHARE UPDATE EXCLUSIVE (writes go on) from 19.
 */
public record ValidateDomainConstraint(String domain, String name) implements WrittenCommand {
    public ValidateDomainConstraint {
        Objects.requireNonNull(domain, "domain");
        Objects.requireNonNull(name, "name");
    }
}
