package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;

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
}
