package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** {@code drop_view}; the rollback re-creates it from the definition the snapshot recorded. */
public record DropView(String name) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        if (name == null || SchemaEdit.view(schema, name).isEmpty()) {
            return List.of(Issues.error("unknown-view", "view " + Issues.q(String.valueOf(name)) + " does not exist",
                    null));
        }
        if (SchemaEdit.view(schema, name).get().definition() == null) {
            return List.of(Issues.error("unreadable-view", "the definition of view " + Issues.q(name)
                    + " is unknown, so dropping it cannot be rolled back", null));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.removeView(schema, name);
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new CreateView(name, SchemaEdit.view(before, name).orElseThrow().definition()));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("DROP VIEW " + ddl.table(name)).build();
    }
}
