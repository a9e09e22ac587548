package dev.phaseshift.export;

import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;

import java.util.List;

/**
 * The statements a migration tool runs for one rendered statement. Flyway and Liquibase only fail on an error, so
 * a verification (a query whose value must be true) becomes a block that raises one when the value is not true:
 * a {@code DO} block on PostgreSQL, a temporary procedure that signals SQLSTATE 45000 on MySQL/MariaDB.
 */
final class ToolSql {
    private ToolSql() {
    }

    static List<String> of(Dialect dialect, RenderedSql statement, String stepId) {
        if (statement.mode() != RenderedSql.Mode.MUST_RETURN_TRUE) {
            return List.of(statement.text());
        }
        String message = "phaseshift: verification of step " + stepId + " failed";
        if (dialect.postgres()) {
            return List.of("DO $phaseshift_verify$ BEGIN IF NOT coalesce((" + statement.text()
                    + "), false) THEN RAISE EXCEPTION " + dialect.literal(message) + "; END IF; END $phaseshift_verify$");
        }
        String proc = dialect.quote("phaseshift_verify");
        String text = message.length() > 120 ? message.substring(0, 120) : message;
        return List.of("DROP PROCEDURE IF EXISTS " + proc,
                "CREATE PROCEDURE " + proc + "() BEGIN IF NOT coalesce((" + statement.text()
                        + "), FALSE) THEN SIGNAL SQLSTATE '45000' SET MESSAGE_TEXT = " + dialect.literal(text)
                        + "; END IF; END",
                "CALL " + proc + "()",
                "DROP PROCEDURE " + proc);
    }

    /** Whether a MySQL statement has semicolons of its own (a trigger or procedure body) and needs a delimiter. */
    static boolean compound(String text) {
        return text.contains(";");
    }
}
