package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/**
 * {@code set_not_null}. PostgreSQL 12+: a {@code CHECK (c IS NOT NULL) NOT VALID}, validated without blocking
 * writes, lets {@code SET NOT NULL} skip its scan; the helper check is dropped afterwards. MySQL restates the
 * column with {@code ALGORITHM=INPLACE, LOCK=NONE}.
 */
public record SetNotNull(String table, String column) implements Operation {
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
        if (!col.get().nullable()) {
            return List.of(Issues.error("already-not-null", "column " + Issues.q(column) + " of table "
                    + Issues.q(table) + " is already not null", "remove the step"));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editColumn(schema, table, column, c -> c.withNullable(false));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropNotNull(table, column));
    }

    /** The name of the temporary check PostgreSQL uses. */
    public String helperCheckName() {
        String name = SchemaEdit.bare(table) + "_" + column + "_not_null";
        return name.length() > 63 ? name.substring(0, 63) : name;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String alter = "ALTER TABLE " + ddl.table(table);
        if (dialect.postgres()) {
            if (dialect.notNullViaCheck()) {
                String check = ddl.q(helperCheckName());
                ddl.ddl(alter + " ADD CONSTRAINT " + check + " CHECK (" + ddl.q(column) + " IS NOT NULL) NOT VALID")
                        .outsideTransaction(alter + " VALIDATE CONSTRAINT " + check)
                        .ddl(alter + " ALTER COLUMN " + ddl.q(column) + " SET NOT NULL")
                        .ddl(alter + " DROP CONSTRAINT " + check);
                return ddl.build();
            }
            return ddl.ddl(alter + " ALTER COLUMN " + ddl.q(column) + " SET NOT NULL").build();
        }
        Column old = SchemaEdit.table(before, table).orElseThrow().table().column(column).orElseThrow();
        ColumnSpec spec = ColumnSpec.of(old).withNullable(false);
        return ddl.ddl(alter + " MODIFY COLUMN " + spec.definition(dialect) + ", ALGORITHM=INPLACE, LOCK=NONE").build();
    }
}
