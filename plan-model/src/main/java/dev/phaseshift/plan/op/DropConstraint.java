package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.List;
import java.util.Optional;

/**
 * {@code drop_constraint}: a unique or check constraint or a foreign key, by name. Primary keys are not
 * dropped by plans. On MySQL a foreign key's index stays, as the server leaves it.
 */
public record DropConstraint(String name, String table) implements Operation {
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return List.of(SchemaNeed.of(SchemaNeed.Kind.CONSTRAINT, table, name));
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        Table t = found.get().table();
        Optional<Constraint> c = t.constraint(name);
        if (c.isEmpty() && t.foreignKey(name).isEmpty()) {
            return List.of(Issues.error("unknown-constraint", "constraint " + Issues.q(name)
                    + " does not exist on table " + Issues.q(table), null));
        }
        if (c.isPresent() && c.get().kind() != ConstraintKind.UNIQUE && c.get().kind() != ConstraintKind.CHECK) {
            return List.of(Issues.error("unsupported-constraint", "constraint " + Issues.q(name) + " of table "
                    + Issues.q(table) + " is a " + c.get().kind().name().toLowerCase().replace('_', ' ')
                    + "; plans drop only unique, check and foreign key constraints", "use a sql step"));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> {
            boolean unique = t.constraint(name).map(c -> c.kind() == ConstraintKind.UNIQUE).orElse(false);
            boolean json = schema.engine() == dev.phaseshift.schema.Engine.MYSQL
                    && t.constraint(name).map(c -> SchemaEdit.isJsonCheck(c.name(), c.expression())).orElse(false);
            return t.toBuilder()
                    .columns(!json ? t.columns() : t.columns().stream().map(c -> c.name().equals(name)
                            && "json".equals(c.normalizedType()) ? c.withType(c.type(), "text") : c).toList())
                    .constraints(t.constraints().stream().filter(c -> !name.equals(c.name())).toList())
                    .foreignKeys(t.foreignKeys().stream().filter(f -> !name.equals(f.name())).toList())
                    .indexes(unique ? t.indexes().stream().filter(i -> !name.equals(i.constraint())).toList()
                            : t.indexes())
                    .build();
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Table t = SchemaEdit.table(before, table).orElseThrow().table();
        var fk = t.foreignKey(name);
        if (fk.isPresent()) {
            return List.of(AddForeignKey.of(fk.get(), table));
        }
        Constraint c = t.constraint(name).orElseThrow();
        return List.of(c.kind() == ConstraintKind.UNIQUE ? AddUnique.of(c, t, table) : AddCheck.of(c, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String alter = "ALTER TABLE " + ddl.table(table);
        if (dialect.postgres()) {
            return ddl.ddl(alter + " DROP CONSTRAINT " + ddl.q(name)).build();
        }
        Table t = SchemaEdit.table(before, table).orElseThrow().table();
        if (t.foreignKey(name).isPresent()) {
            return ddl.ddl(alter + " DROP FOREIGN KEY " + ddl.q(name)).build();
        }
        boolean unique = t.constraint(name).map(c -> c.kind() == ConstraintKind.UNIQUE).orElse(false);
        var column = t.column(name);
        if (!unique && dialect.mariadb() && column.isPresent()) {
            // MariaDB names a check written in a column definition after the column and drops it only by
            // restating the column without it
            return ddl.ddl(alter + " MODIFY COLUMN " + ColumnSpec.of(column.get()).definition(dialect)).build();
        }
        return ddl.ddl(alter + (unique ? " DROP INDEX " : " DROP CONSTRAINT ") + ddl.q(name)).build();
    }

    @Override
    public List<Problem> undoLimits(Snapshot before) {
        return Issues.keyOrder(before, table, "the drop of constraint " + Issues.q(name));
    }
}
