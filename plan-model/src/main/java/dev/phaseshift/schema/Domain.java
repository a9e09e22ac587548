package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A PostgreSQL domain ({@code CREATE DOMAIN}): a base type with a default, NOT NULL and named checks.
 *
 * @param baseType          the base type as the server prints it, schema-qualified when it is not built in
 *                          ({@code app.order_status}, {@code numeric(12,2)})
 * @param defaultExpression the default as the server prints it, or null
 * @param notNull           whether the domain is declared NOT NULL
 * @param collation         the collation when it differs from the base type's, schema-qualified SQL
 *                          ({@code pg_catalog."C"}), or null
 * @param checks            the named CHECK constraints ({@link ConstraintKind#CHECK}, no columns)
 * @param owner             the owning role, recorded but not rendered
 */
public record Domain(String name, String baseType, String defaultExpression, boolean notNull, String collation,
                     List<Constraint> checks, String owner, String comment) {
    public Domain {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(baseType, "baseType");
        checks = ModelLists.copy(checks);
    }

    /** A copy with the checks in name order. */
    public Domain canonical() {
        return new Domain(name, baseType, defaultExpression, notNull, collation,
                ModelLists.byName(checks, Constraint::name), owner, comment);
    }
}
