package dev.phaseshift.schema;

import java.util.Objects;

/**
 * A stored function or procedure: PostgreSQL functions (so that trigger functions travel with their triggers)
 * and MySQL/MariaDB stored functions and procedures.
 *
 * @param arguments     PostgreSQL: the identity arguments as the server prints them ({@code a integer, b text});
 *                      overloads differ here. MySQL: the parameter declarations as they are written in
 *                      {@code CREATE}, back-quoted, with the mode for procedures ({@code IN `a` int(11), OUT `b` int(11)})
 * @param returnType    the result type ({@code trigger}, {@code integer}, {@code decimal(10,2)}), or null for a
 *                      procedure
 * @param definition    PostgreSQL: the whole {@code CREATE OR REPLACE FUNCTION} statement as the server prints it;
 *                      null on MySQL
 * @param body          MySQL: the routine body as written ({@code BEGIN ... END} or one statement); null on
 *                      PostgreSQL, and null when the user may not read it (then the snapshot lists it as skipped)
 * @param deterministic MySQL: declared {@code DETERMINISTIC}; null on PostgreSQL
 * @param dataAccess    MySQL: {@code CONTAINS SQL}, {@code NO SQL}, {@code READS SQL DATA} or
 *                      {@code MODIFIES SQL DATA}; null on PostgreSQL
 * @param security      MySQL: {@code DEFINER} or {@code INVOKER} ({@code SQL SECURITY}); null on PostgreSQL
 * @param sqlMode       MySQL: the {@code sql_mode} the routine was created under, which it also runs under
 * @param definer       MySQL: the {@code user@host} account it was defined by; recorded, not rendered
 * @param statement     MySQL: the {@code CREATE FUNCTION}/{@code PROCEDURE} statement as the server keeps it
 *                      (parameters as written, with its {@code DEFINER} clause), which DDL reproduces; null on
 *                      PostgreSQL and when the user may not read it
 */
public record Routine(String name, RoutineKind kind, String arguments, String returnType, String language,
                      String definition, String comment, String body, Boolean deterministic, String dataAccess,
                      String security, String sqlMode, String definer, String statement) {
    public Routine {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(kind, "kind");
        arguments = arguments == null ? "" : arguments;
    }

    /** The form without the original statement. */
    public Routine(String name, RoutineKind kind, String arguments, String returnType, String language,
                   String definition, String comment, String body, Boolean deterministic, String dataAccess,
                   String security, String sqlMode, String definer) {
        this(name, kind, arguments, returnType, language, definition, comment, body, deterministic, dataAccess,
                security, sqlMode, definer, null);
    }

    /** The PostgreSQL form. */
    public Routine(String name, RoutineKind kind, String arguments, String returnType, String language,
                   String definition, String comment) {
        this(name, kind, arguments, returnType, language, definition, comment, null, null, null, null, null, null, null);
    }

    public Routine withDefiner(String value) {
        return new Routine(name, kind, arguments, returnType, language, definition, comment, body, deterministic,
                dataAccess, security, sqlMode, value, statement);
    }

    public Routine withStatement(String value) {
        return new Routine(name, kind, arguments, returnType, language, definition, comment, body, deterministic,
                dataAccess, security, sqlMode, definer, value);
    }

    /** {@code name(arguments)}, unique within a schema. */
    public String signature() {
        return name + "(" + arguments + ")";
    }
}
