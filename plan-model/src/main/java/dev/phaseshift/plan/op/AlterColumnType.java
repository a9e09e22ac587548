package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.TypeNames;

import java.util.List;

/**
 * {@code alter_column_type} in place. A change that can lose data is an error; one Phaseshift cannot judge is
 * a warning. Both engines may rewrite the table (MySQL copies it); {@code ChangeColumnTypePattern} avoids that
 * with a new column and a backfill. {@code using} is PostgreSQL's conversion expression.
 */
public record AlterColumnType(String table, String column, String type, @OptionalField String using) implements Operation {
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
        if (type == null || type.isBlank()) {
            return List.of(Issues.missing("type", operationName()));
        }
        String from = TypeNames.normalize(schema.engine(), col.get().type());
        String to = TypeNames.normalize(schema.engine(), type);
        TypeChange.Verdict verdict = TypeChange.judge(from, to);
        String message = "changing column " + Issues.q(column) + " of table " + Issues.q(table) + " from "
                + Issues.q(col.get().type()) + " to " + Issues.q(type) + " ";
        return switch (verdict) {
            case SAFE -> List.of();
            case LOSSY -> List.of(Issues.error("lossy-type-change", message + "can lose data",
                    "widen instead, or add a new column, backfill it and switch readers"));
            case UNCHECKED -> List.of(Issues.warning("unchecked-type-change", message
                    + "is not known to keep every value", "verify the data with a verify step first"));
        };
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editColumn(schema, table, column,
                c -> c.withType(type, TypeNames.normalize(schema.engine(), type)));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Column old = SchemaEdit.table(before, table).orElseThrow().table().column(column).orElseThrow();
        return List.of(new AlterColumnType(table, column, old.type(), null));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        if (dialect.postgres()) {
            return ddl.ddl("ALTER TABLE " + ddl.table(table) + " ALTER COLUMN " + ddl.q(column) + " TYPE " + type
                    + " USING " + (using == null ? ddl.q(column) + "::" + type : using)).build();
        }
        Column old = SchemaEdit.table(before, table).orElseThrow().table().column(column).orElseThrow();
        ColumnSpec spec = ColumnSpec.of(old).withType(type);
        // MySQL can change a type only by copying the table: no ALGORITHM clause would make it online
        return ddl.ddl("ALTER TABLE " + ddl.table(table) + " MODIFY COLUMN " + spec.definition(dialect)).build();
    }
}
