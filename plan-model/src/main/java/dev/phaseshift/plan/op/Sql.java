package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.sql.SqlScript;
import dev.phaseshift.sql.SqlStatement;

import java.util.List;

/**
 * {@code sql}: raw statements up and down, for what no operation covers. The model cannot read raw SQL, so a
 * {@code sql} step leaves the schema model unchanged: use it for data and for objects plans do not track.
 * Without {@code down} the step cannot be rolled back, which validation says.
 */
public record Sql(String up, @OptionalField String down) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        if (up == null || up.isBlank()) {
            return List.of(Issues.missing("up", operationName()));
        }
        if (down == null || down.isBlank()) {
            return List.of(Issues.warning("irreversible-sql", "sql step has no \"down\", so it cannot be rolled back",
                    "add the statements that undo it"));
        }
        return List.of(Issues.warning("opaque-sql", "sql steps are not checked against the schema model",
                "prefer a typed operation"));
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return schema;
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return down == null || down.isBlank() ? List.of() : List.of(new Sql(down, up));
    }

    @Override
    public boolean changesSchema() {
        return false;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        return SqlScript.split(up).stream().map(SqlStatement::text).map(RenderedSql::of).toList();
    }
}
