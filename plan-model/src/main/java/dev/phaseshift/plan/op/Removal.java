package dev.phaseshift.plan.op;

import java.util.Objects;

/**
 * Something an operation takes away from code that still uses the old name: a table, view or column it drops or
 * renames. The consumer check and the compatibility matrix judge an operation by this, whatever its kind.
 *
 * @param relation the table or view, as the plan names it ({@code orders}, {@code ledger.entries})
 * @param column   the column, or null when the whole relation goes
 * @param renamedTo the new name when the operation renames rather than drops, else null
 */
public record Removal(String relation, String column, String renamedTo) {
    public Removal {
        Objects.requireNonNull(relation, "relation");
    }

    public static Removal dropped(String relation, String column) {
        return new Removal(relation, column, null);
    }

    public static Removal renamed(String relation, String column, String to) {
        return new Removal(relation, column, Objects.requireNonNull(to, "to"));
    }

    /** {@code drops it} or {@code renames it to x}, for messages about who still reads it. */
    public String action() {
        return renamedTo == null ? "drops it" : "renames it to " + renamedTo;
    }

    /** {@code dropped} or {@code renamed to x}, for messages about a state of the plan. */
    public String outcome() {
        return renamedTo == null ? "dropped" : "renamed to " + renamedTo;
    }
}
