package dev.phaseshift.schema;

import java.util.List;
import java.util.Objects;

/**
 * A primary key, unique, check or exclusion constraint.
 *
 * @param columns           the constrained columns in key order (empty for a check)
 * @param expression        the check expression, the whole {@code EXCLUDE ...} definition, or null for keys
 * @param validated         false for a PostgreSQL {@code NOT VALID} check that existing rows may violate
 * @param enforced          false for a MySQL {@code NOT ENFORCED} check
 * @param deferrable        whether checking can be deferred to commit (PostgreSQL keys)
 * @param initiallyDeferred whether it is deferred unless the transaction says otherwise
 * @param comment           the constraint comment, or null
 * @param position          MySQL/MariaDB: where the server lists it among the table's constraints of its family
 *                          (keys in the server's key order, checks in creation order), which {@code SHOW CREATE
 *                          TABLE} and dumps follow; null when the order is not known (PostgreSQL, older files)
 */
public record Constraint(String name, ConstraintKind kind, List<String> columns, String expression,
                         boolean validated, boolean enforced, boolean deferrable, boolean initiallyDeferred,
                         String comment, Integer position) {
    public Constraint {
        Objects.requireNonNull(kind, "kind");
        columns = ModelLists.copy(columns);
        if (initiallyDeferred && !deferrable) {
            throw new IllegalArgumentException("constraint \"" + name + "\": initially deferred but not deferrable");
        }
    }

    /** The form without a position. */
    public Constraint(String name, ConstraintKind kind, List<String> columns, String expression,
                      boolean validated, boolean enforced, boolean deferrable, boolean initiallyDeferred,
                      String comment) {
        this(name, kind, columns, expression, validated, enforced, deferrable, initiallyDeferred, comment, null);
    }

    /** The short form of the first model: validated, enforced, not deferrable, no comment. */
    public Constraint(String name, ConstraintKind kind, List<String> columns, String expression) {
        this(name, kind, columns, expression, true, true, false, false, null);
    }

    public static Constraint primaryKey(String name, List<String> columns) {
        return new Constraint(name, ConstraintKind.PRIMARY_KEY, columns, null);
    }

    public static Constraint unique(String name, List<String> columns) {
        return new Constraint(name, ConstraintKind.UNIQUE, columns, null);
    }

    public static Constraint check(String name, String expression) {
        return new Constraint(name, ConstraintKind.CHECK, List.of(), expression);
    }

    public Constraint withValidated(boolean value) {
        return new Constraint(name, kind, columns, expression, value, enforced, deferrable, initiallyDeferred,
                comment, position);
    }

    public Constraint withEnforced(boolean value) {
        return new Constraint(name, kind, columns, expression, validated, value, deferrable, initiallyDeferred,
                comment, position);
    }

    public Constraint withDeferrable(boolean value, boolean initially) {
        return new Constraint(name, kind, columns, expression, validated, enforced, value, initially, comment,
                position);
    }

    public Constraint withComment(String value) {
        return new Constraint(name, kind, columns, expression, validated, enforced, deferrable, initiallyDeferred,
                value, position);
    }

    public Constraint withPosition(Integer value) {
        return new Constraint(name, kind, columns, expression, validated, enforced, deferrable, initiallyDeferred,
                comment, value);
    }
}
