package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.View;

import java.util.List;

/**
 * {@code replace_view}: {@code CREATE OR REPLACE VIEW}. PostgreSQL only lets a replacement add columns at the
 * end; the rollback drops the view and re-creates it from the definition the snapshot recorded (one transaction).
 */
public record ReplaceView(String name, String sql) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        if (name == null || SchemaEdit.view(schema, name).isEmpty()) {
            return List.of(Issues.error("unknown-view", "view " + Issues.q(String.valueOf(name)) + " does not exist",
                    "use create_view"));
        }
        if (SchemaEdit.view(schema, name).get().definition() == null) {
            return List.of(Issues.error("unreadable-view", "the definition of view " + Issues.q(name)
                    + " is unknown, so the replacement cannot be rolled back", null));
        }
        if (sql == null || sql.isBlank()) {
            return List.of(Issues.missing("sql", operationName()));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        View old = SchemaEdit.view(schema, name).orElseThrow();
        return SchemaEdit.putView(schema, name, old.toBuilder().definition(sql).build());
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        // CREATE OR REPLACE cannot drop the columns the replacement added, so the rollback re-creates the view
        return List.of(new DropView(name), new CreateView(name, SchemaEdit.view(before, name).orElseThrow().definition()));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("CREATE OR REPLACE VIEW " + ddl.table(name) + " AS " + sql).build();
    }
}
