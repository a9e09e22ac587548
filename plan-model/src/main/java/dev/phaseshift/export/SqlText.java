package dev.phaseshift.export;

import dev.phaseshift.plan.sql.Dialect;

/**
 * One statement as a line of a SQL migration file. On MySQL/MariaDB a statement with semicolons of its own (a
 * trigger or procedure body) is wrapped in {@code DELIMITER $$ ... $$}, which Flyway and the mysql client read,
 * so the body is not cut at its first semicolon.
 */
final class SqlText {
    private SqlText() {
    }

    static String statement(Dialect dialect, String text) {
        if (dialect.mysqlFamily() && ToolSql.compound(text)) {
            return "DELIMITER $$\n" + text + "$$\nDELIMITER ;\n";
        }
        return text + ";\n";
    }
}
