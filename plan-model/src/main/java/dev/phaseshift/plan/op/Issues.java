package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** Problem values shared by the operations, so the same mistake reads the same everywhere. */
public final class Issues {
    private Issues() {
    }

    public static Problem error(String code, String message, String help) {
        return Problem.error(code, message, help, null);
    }

    public static Problem warning(String code, String message, String help) {
        return Problem.warning(code, message, help, null);
    }

    public static String q(String identifier) {
        return "\"" + identifier + "\"";
    }

    public static List<Problem> unknownTable(String table) {
        return List.of(error("unknown-table", "table " + q(table) + " does not exist",
                "check the name against the service's snapshot, or create the table in an earlier step"));
    }

    public static Problem unknownColumn(String column, String table) {
        return error("unknown-column", "column " + q(column) + " does not exist on table " + q(table),
                "check the name against the snapshot, or add the column in an earlier step");
    }

    public static Problem missing(String field, String operation) {
        return error("missing-field", "\"" + field + "\" is required for " + operation, null);
    }

    /** A note that a rollback cannot give something back; {@code code} says what kind of thing. */
    public static Problem undoLimit(String code, String message, String help) {
        return new Problem(code, dev.phaseshift.estate.Severity.INFO, message, help, null);
    }

    /**
     * MySQL/MariaDB list a table's keys and checks in the order the server keeps them ({@code position}); a key or
     * check an undo creates again comes after the others, so the table's order changes even though nothing else
     * does. Empty on PostgreSQL, and when the snapshot does not know the order.
     */
    static List<Problem> keyOrder(Snapshot before, String table, String what) {
        if (before.engine() != Engine.MYSQL) {
            return List.of();
        }
        var found = SchemaEdit.table(before, table);
        boolean ordered = found.isPresent() && (found.get().table().indexes().stream().anyMatch(i -> i.position() != null)
                || found.get().table().constraints().stream().anyMatch(c -> c.position() != null));
        return ordered ? List.of(undoLimit("undo-key-order", "rolling back " + what + " of table " + q(table)
                + " creates keys or checks again after the others, so the server lists the table's keys and checks "
                + "in another order", null)) : List.of();
    }
}
