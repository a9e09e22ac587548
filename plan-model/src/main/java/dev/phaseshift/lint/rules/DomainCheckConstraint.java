package dev.phaseshift.lint.rules;

import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;
import dev.phaseshift.lint.LintContext;
import dev.phaseshift.lint.LintRule;
import dev.phaseshift.lint.parse.AddDomainCheck;
import dev.phaseshift.lint.parse.CreateDomain;
import dev.phaseshift.lock.LockLevel;
import dev.phaseshift.lock.PostgresChangeCosts;
import dev.phaseshift.schema.Engine;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * A {@code CHECK} on a PostgreSQL domain binds every column of that type in every table: changing it later means
 * {@code ALTER DOMAIN ... ADD CONSTRAINT}, whose {@code VALIDATE CONSTRAINT} scans them all and, before
 * PostgreSQL 19, holds SHARE on each of those tables (writes wait). Reported where a domain gets a check
 * ({@code CREATE DOMAIN ... CHECK}) and where one is added {@code NOT VALID} (the validation still to come is the
 * blocking part); a check added without {@code NOT VALID} is require-not-valid's. A domain created {@code NOT NULL}
 * is reported too: PostgreSQL checks the constraint only when a value is converted to the type, so a column of the
 * domain can still read as null (its manual advises NOT NULL on the columns instead).
 */
public final class DomainCheckConstraint implements LintRule {
    @Override public String id() { return "domain-check-constraint"; }
    @Override public String code() { return "PS145"; }
    @Override public String summary() {
        return "CHECK or NOT NULL constraint on a domain, which every column of the type carries";
    }
    @Override public Severity defaultSeverity() { return Severity.WARNING; }
    @Override public Set<Engine> engines() { return Set.of(Engine.POSTGRESQL); }

    @Override
    public List<Finding> check(LintContext context) {
        List<Finding> out = new ArrayList<>();
        boolean validationBlocksWrites = PostgresChangeCosts.domainValidationLock(context.dialect())
                == LockLevel.SHARE;
        String later = validationBlocksWrites
                ? "validating a check added to it later holds SHARE on every table with a column of the domain "
                + "(writes wait) for the whole scan"
                : "validating a check added to it later scans every table with a column of the domain";
        String help = "put the CHECK on the columns instead (ADD CONSTRAINT ... CHECK (...) NOT VALID, then VALIDATE "
                + "CONSTRAINT, which lets writes go on), or keep the domain without checks";
        for (CreateDomain domain : WrittenCommands.of(context, CreateDomain.class)) {
            if (!domain.checks().isEmpty()) {
                out.add(finding(context, domain.name(), "domain \"" + domain.name() + "\" is created with a CHECK "
                        + "that every column of the type will carry: " + later, help));
            }
            if (domain.notNull()) {
                out.add(finding(context, domain.name(), "domain \"" + domain.name() + "\" is created NOT NULL, which "
                        + "PostgreSQL does not hold everywhere: a column of the type still reads as null after an "
                        + "outer join or from a scalar sub-select that finds no row, and code trusting the domain "
                        + "meets it", "put NOT NULL on the columns of the type instead, as the PostgreSQL manual "
                        + "advises for domains"));
            }
        }
        if (validationBlocksWrites) {
            for (AddDomainCheck add : WrittenCommands.of(context, AddDomainCheck.class)) {
                if (add.notValid()) {
                    out.add(finding(context, add.domain(), "check " + (add.name() == null ? ""
                                    : "\"" + add.name() + "\" ") + "added NOT VALID to domain \"" + add.domain()
                                    + "\" still has to be validated, and before PostgreSQL 19 that holds SHARE on "
                                    + "every table with a column of the domain (writes wait) for the whole scan",
                            help));
                }
            }
        }
        return out;
    }
}
