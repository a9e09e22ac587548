package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** {@code drop_not_null}: metadata only on PostgreSQL; MySQL restates the column in place. */
public record DropNotNull(String table, String column) implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        return List.of(new ColumnRef(table, column));
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        var col = found.get().table().column(column);
        if (col.isEmpty()) {
            return List.of(Issues.unknownColumn(column, table));
        }
        if (col.get().nullable()) {
            return List.of(Issues.error("already-nullable", "column " + Issues.q(column) + " of table "
                    + Issues.q(table) + " is already nullable", "remove the step"));
        }
        if (found.get().table().primaryKey().map(pk -> pk.columns().contains(column)).orElse(false)) {
            return List.of(Issues.error("column-in-use", "column " + Issues.q(column) + " of table "
                    + Issues.q(table) + " is part of the primary key", null));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editColumn(schema, table, column, c -> c.withNullable(true));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new SetNotNull(table, column));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String alter = "ALTER TABLE " + ddl.table(table);
        if (dialect.postgres()) {
            return ddl.ddl(alter + " ALTER COLUMN " + ddl.q(column) + " DROP NOT NULL").build();
        }
        Column old = SchemaEdit.table(before, table).orElseThrow().table().column(column).orElseThrow();
        ColumnSpec spec = ColumnSpec.of(old).withNullable(true);
        return ddl.ddl(alter + " MODIFY COLUMN " + spec.definition(dialect) + ", ALGORITHM=INPLACE, LOCK=NONE").build();
    }
}
