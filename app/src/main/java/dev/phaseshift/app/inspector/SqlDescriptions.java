package dev.phaseshift.app.inspector;

import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;

import java.util.List;

/** Short SQL-like descriptions of keys and indexes, as a DBA would write them. */
final class SqlDescriptions {
    private SqlDescriptions() {
    }

    static String columns(List<String> names) {
        return "(" + String.join(", ", names) + ")";
    }

    static String name(String name) {
        return name == null || name.isBlank() ? "(unnamed)" : name;
    }

    /** A default branch, because the schema model gains constraint kinds (EXCLUDE came later). */
    static String constraint(Constraint c) {
        String expression = c.expression() == null ? "" : c.expression().strip();
        return switch (c.kind()) {
            case PRIMARY_KEY -> "PRIMARY KEY " + columns(c.columns());
            case UNIQUE -> "UNIQUE " + columns(c.columns());
            case CHECK -> "CHECK " + parenthesized(expression);
            default -> c.kind().name().replace('_', ' ') + " "
                    + (expression.isEmpty() ? columns(c.columns()) : expression);
        };
    }

    /** {@code (customer_id) → public.customers (id) · ON DELETE CASCADE}; default actions are left out. */
    static String foreignKey(ForeignKey fk) {
        StringBuilder text = new StringBuilder()
                .append(columns(fk.columns()))
                .append(" → ")
                .append(target(fk))
                .append(' ')
                .append(columns(fk.referencedColumns()));
        if (!isDefaultAction(fk.onDelete())) {
            text.append(" · ON DELETE ").append(fk.onDelete());
        }
        if (!isDefaultAction(fk.onUpdate())) {
            text.append(" · ON UPDATE ").append(fk.onUpdate());
        }
        return text.toString();
    }

    static String target(ForeignKey fk) {
        return fk.referencedSchema() == null || fk.referencedSchema().isBlank()
                ? fk.referencedTable() : fk.referencedSchema() + "." + fk.referencedTable();
    }

    /** {@code UNIQUE btree (lower(email)) WHERE external_id IS NOT NULL}. */
    static String index(Index index) {
        StringBuilder text = new StringBuilder();
        if (index.unique()) {
            text.append("UNIQUE ");
        }
        text.append(index.method()).append(' ').append(columns(index.keys()));
        if (index.predicate() != null && !index.predicate().isBlank()) {
            text.append(" WHERE ").append(index.predicate());
        }
        return text.toString();
    }

    private static boolean isDefaultAction(String action) {
        return action == null || action.equalsIgnoreCase("NO ACTION") || action.equalsIgnoreCase("RESTRICT");
    }

    private static String parenthesized(String expression) {
        String e = expression.strip();
        return e.startsWith("(") && e.endsWith(")") ? e : "(" + e + ")";
    }
}
