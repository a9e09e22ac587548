package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** {@code set_default}: metadata only on every supported version ({@code ALGORITHM=INSTANT} on MySQL). */
public record SetDefault(String table, String column, String defaultValue) implements Operation {
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
        if (found.get().table().column(column).isEmpty()) {
            return List.of(Issues.unknownColumn(column, table));
        }
        if (defaultValue == null || defaultValue.isBlank()) {
            return List.of(Issues.missing("default", operationName()));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editColumn(schema, table, column, c -> c.withDefaultExpression(defaultValue));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Column old = SchemaEdit.table(before, table).orElseThrow().table().column(column).orElseThrow();
        return List.of(old.defaultExpression() == null ? new DropDefault(table, column)
                : new SetDefault(table, column, old.defaultExpression()));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        return ddl.ddl("ALTER TABLE " + ddl.table(table) + " ALTER COLUMN " + ddl.q(column) + " SET DEFAULT "
                + defaultValue + (dialect.mysqlFamily() ? ", ALGORITHM=INSTANT" : "")).build();
    }
}
