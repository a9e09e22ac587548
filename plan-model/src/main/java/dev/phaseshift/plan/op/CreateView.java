package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.View;

import java.util.List;

/**
 * {@code create_view}. The model records the view with its definition as written; its columns and the
 * relations it reads are not derived from the SQL yet (introspection fills them after a real run).
 */
public record CreateView(String name, String sql) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        if (name == null || name.isBlank()) {
            return List.of(Issues.missing("name", operationName()));
        }
        if (SchemaEdit.relationExists(schema, name)) {
            return List.of(Issues.error("duplicate-view", "a table or view named " + Issues.q(name)
                    + " already exists", "use replace_view, or choose another name"));
        }
        if (sql == null || sql.isBlank()) {
            return List.of(Issues.missing("sql", operationName()));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.putView(schema, name, View.builder(SchemaEdit.bare(name)).definition(sql).build());
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropView(name));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("CREATE VIEW " + ddl.table(name) + " AS " + sql).build();
    }
}
