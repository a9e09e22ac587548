package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/**
 * {@code drop_column}. Refused while a key, index or foreign key uses the column (drop those first, so the
 * plan says so). The rollback adds the column back empty (data is not restored): on MySQL/MariaDB where it was,
 * on PostgreSQL at the end, since PostgreSQL cannot insert a column in the middle.
 */
public record DropColumn(String table, String column) implements Operation {
    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        if (found.get().table().column(column).isEmpty()) {
            return List.of(Issues.unknownColumn(column, table));
        }
        var use = SchemaEdit.columnUse(schema, found.get(), column);
        if (use.isPresent()) {
            return List.of(Issues.error("column-in-use", "column " + Issues.q(column) + " of table " + Issues.q(table)
                    + " is used by " + use.get(), "drop that first in an earlier step"));
        }
        List<String> views = SchemaEdit.viewsReading(schema, found.get(), column);
        if (!views.isEmpty()) {
            return List.of(Issues.error("column-in-use", "column " + Issues.q(column) + " of table " + Issues.q(table)
                    + " is read by view " + String.join(", ", views), "replace or drop the view first"));
        }
        if (found.get().table().columns().size() == 1) {
            return List.of(Issues.error("last-column", "column " + Issues.q(column) + " is the only column of table "
                    + Issues.q(table), "drop the table instead"));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> SchemaEdit.renumber(
                t.withColumns(t.columns().stream().filter(c -> !c.name().equals(column)).toList())));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        var columns = SchemaEdit.table(before, table).orElseThrow().table().columns();
        int at = columns.stream().map(Column::name).toList().indexOf(column);
        // MySQL can put it back where it was; PostgreSQL only appends, so there the position is not restored
        String after = before.engine() == dev.phaseshift.schema.Engine.MYSQL && at > 0 && at < columns.size() - 1
                ? columns.get(at - 1).name() : null;
        return List.of(new AddColumn(table, ColumnSpec.of(columns.get(at)), after));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String sql = "ALTER TABLE " + ddl.table(table) + " DROP COLUMN " + ddl.q(column);
        if (dialect.mysqlFamily()) {
            sql += dialect.instantDropColumn() ? ", ALGORITHM=INSTANT" : ", ALGORITHM=INPLACE, LOCK=NONE";
        }
        return ddl.ddl(sql).build();
    }
}
