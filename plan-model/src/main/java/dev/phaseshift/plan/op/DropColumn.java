package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code drop_column}. Refused while a key, index or foreign key uses the column (drop those first, so the
 * plan says so). The rollback adds the column back with everything the snapshot knows about it (identity,
 * generation, collation, comment, {@code ON UPDATE}), empty: on MySQL/MariaDB where it was, on PostgreSQL at the
 * end, since PostgreSQL cannot insert a column in the middle. A NOT NULL column without a default comes back
 * nullable and then {@code set_not_null}. {@link #undoLimits} says what is not restored.
 */
public record DropColumn(String table, String column) implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        return List.of(new ColumnRef(table, column));
    }

    @Override
    public List<Removal> removes() {
        return List.of(Removal.dropped(table, column));
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
        Column old = columns.get(at);
        ColumnSpec spec = ColumnSpec.of(old);
        boolean mysql = before.engine() == Engine.MYSQL;
        // MySQL puts it back where it was; PostgreSQL only appends (undoLimits says so)
        String after = mysql && at > 0 && at < columns.size() - 1 ? columns.get(at - 1).name() : null;
        Boolean first = mysql && at == 0 ? Boolean.TRUE : null;
        if (needsValues(old)) {
            // NOT NULL without a default cannot be added to a table with rows: add it nullable, then require it
            return List.of(new AddColumn(table, spec.withNullable(true), after, first),
                    new SetNotNull(table, column));
        }
        return List.of(new AddColumn(table, spec, after, first));
    }

    private static boolean needsValues(Column old) {
        return !old.nullable() && old.defaultExpression() == null && old.identity() == null
                && old.generated() == null;
    }

    @Override
    public List<Problem> undoLimits(Snapshot before) {
        var found = SchemaEdit.table(before, table);
        if (found.isEmpty() || found.get().table().column(column).isEmpty()) {
            return List.of();
        }
        var columns = found.get().table().columns();
        Column old = found.get().table().column(column).get();
        List<Problem> limits = new ArrayList<>();
        String what = "column " + Issues.q(column) + " of table " + Issues.q(table);
        if (old.generated() == null) {
            limits.add(Issues.undoLimit("undo-loses-values", "rolling back the drop of " + what
                    + " adds it back " + (old.defaultExpression() != null ? "with its default in every row"
                    : old.identity() != null ? "with new numbers" : "empty") + ": the rows' values are not restored",
                    "keep a copy of the column (or the table) until the drop is final"));
        }
        if (needsValues(old)) {
            limits.add(Issues.undoLimit("undo-needs-values", "rolling back the drop of " + what + " adds it "
                    + "nullable and then sets it not null, which fails while the table has rows",
                    "give this step a rollback that fills the column before set_not_null"));
        }
        if (before.engine() == Engine.POSTGRESQL && columns.indexOf(old) < columns.size() - 1) {
            limits.add(Issues.undoLimit("undo-column-position", "rolling back the drop of " + what
                    + " appends it after the last column: postgresql cannot put it back at position "
                    + (columns.indexOf(old) + 1) + " of " + columns.size(), null));
        }
        return limits;
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String sql = "ALTER TABLE " + ddl.table(table) + " DROP COLUMN " + ddl.q(column);
        boolean generated = SchemaEdit.table(before, table).flatMap(l -> l.table().column(column))
                .map(c -> c.generated() != null).orElse(false);
        // MariaDB cannot drop a generated column in place: the server picks the algorithm (a copy)
        if (dialect.mysqlFamily() && !generated) {
            sql += dialect.instantDropColumn() ? ", ALGORITHM=INSTANT" : ", ALGORITHM=INPLACE, LOCK=NONE";
        }
        return ddl.ddl(sql).build();
    }
}
