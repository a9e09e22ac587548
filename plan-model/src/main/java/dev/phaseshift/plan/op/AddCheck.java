package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;

/** {@code add_check}: {@code NOT VALID} then {@code VALIDATE} on PostgreSQL; MySQL checks every row while copying. */
public record AddCheck(String name, String table, String expression) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        Table t = found.get().table();
        if (t.constraint(name).isPresent() || t.foreignKey(name).isPresent()) {
            return List.of(Issues.error("duplicate-constraint", "constraint " + Issues.q(name)
                    + " already exists on table " + Issues.q(table), null));
        }
        if (expression == null || expression.isBlank()) {
            return List.of(Issues.missing("expression", operationName()));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> {
            List<Constraint> constraints = new ArrayList<>(t.constraints());
            constraints.add(Constraint.check(name, expression));
            return t.withConstraints(constraints);
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropConstraint(name, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String alter = "ALTER TABLE " + ddl.table(table);
        String add = alter + " ADD CONSTRAINT " + ddl.q(name) + " CHECK (" + expression + ")";
        if (dialect.postgres()) {
            return ddl.ddl(add + " NOT VALID").outsideTransaction(alter + " VALIDATE CONSTRAINT " + ddl.q(name)).build();
        }
        return ddl.ddl(add).build();
    }
}
