package dev.phaseshift.introspect;

import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;

import java.util.ArrayList;
import java.util.List;

/** A MySQL stored routine while its parameters arrive from a second bulk query. */
final class MySqlRoutineRows {
    final String schema;
    final String name;
    final RoutineKind kind;
    String language;
    String body;
    boolean deterministic;
    String dataAccess;
    String security;
    String sqlMode;
    String definer;
    String comment;
    String returnType;
    String statement;
    final List<String> parameters = new ArrayList<>();

    MySqlRoutineRows(String schema, String name, RoutineKind kind) {
        this.schema = schema;
        this.name = name;
        this.kind = kind;
    }

    Routine build() {
        return new Routine(name, kind, String.join(", ", parameters), returnType, language, null, comment, body,
                deterministic, dataAccess, security, sqlMode, definer, statement);
    }
}
