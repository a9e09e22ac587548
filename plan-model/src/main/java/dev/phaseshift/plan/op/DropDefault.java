package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** {@code drop_default}: metadata only ({@code ALGORITHM=INSTANT} on MySQL). */
public record DropDefault(String table, String column) implements Operation {
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
        if (col.get().defaultExpression() == null) {
            return List.of(Issues.error("no-default", "column " + Issues.q(column) + " of table " + Issues.q(table)
                    + " has no default", "remove the step"));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editColumn(schema, table, column, c -> c.withDefaultExpression(null));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Column old = SchemaEdit.table(before, table).orElseThrow().table().column(column).orElseThrow();
        return List.of(new SetDefault(table, column, old.defaultExpression()));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("ALTER TABLE " + ddl.table(table) + " ALTER COLUMN " + ddl.q(column) + " DROP DEFAULT"
                + (dialect.mysqlFamily() ? ", ALGORITHM=INSTANT" : "")).build();
    }
}
