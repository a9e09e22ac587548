package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;

/**
 * {@code add_column}, after the last column, or on MySQL/MariaDB {@code after} a named one or {@code first}
 * (PostgreSQL can only append). A NOT NULL column needs a default (existing rows get it) unless it fills itself
 * (identity, generated); MySQL/MariaDB add it with {@code ALGORITHM=INSTANT} where the version allows it for that
 * position. PostgreSQL gets the column comment as {@code COMMENT ON COLUMN}.
 */
public record AddColumn(String table, ColumnSpec column, @OptionalField String after, Boolean first)
        implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        return after == null ? List.of() : List.of(new ColumnRef(table, after));
    }

    /** The column it goes after, then the new column, which later operations find. */
    @Override
    public List<SchemaNeed> schemaNeeds() {
        List<SchemaNeed> out = new java.util.ArrayList<>(SchemaNeed.columns(columnsUsed()));
        out.add(SchemaNeed.of(SchemaNeed.Kind.ADDS_COLUMNS, table, column.name()));
        return out;
    }

    public AddColumn(String table, ColumnSpec column) {
        this(table, column, null, null);
    }

    public AddColumn(String table, ColumnSpec column, String after) {
        this(table, column, after, null);
    }

    private boolean isFirst() {
        return first != null && first;
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        if (column == null) {
            return List.of(Issues.missing("column", operationName()));
        }
        List<Problem> problems = new ArrayList<>();
        if (found.get().table().column(column.name()).isPresent()) {
            problems.add(Issues.error("duplicate-column", "column " + Issues.q(column.name())
                    + " already exists on table " + Issues.q(table), "choose another name"));
        }
        if (after != null && schema.engine() != dev.phaseshift.schema.Engine.MYSQL) {
            problems.add(Issues.error("column-position", "postgresql adds column " + Issues.q(column.name())
                    + " only after the last column, not after " + Issues.q(after), "leave out \"after\""));
        } else if (after != null && found.get().table().column(after).isEmpty()) {
            problems.add(Issues.unknownColumn(after, table));
        }
        if (isFirst() && schema.engine() != dev.phaseshift.schema.Engine.MYSQL) {
            problems.add(Issues.error("column-position", "postgresql adds column " + Issues.q(column.name())
                    + " only after the last column, not first", "leave out \"first\""));
        } else if (isFirst() && after != null) {
            problems.add(Issues.error("column-position", "column " + Issues.q(column.name())
                    + " cannot be both first and after " + Issues.q(after), "keep one of \"first\" and \"after\""));
        }
        if (!column.isNullable() && column.defaultValue() == null && !column.fillsItself()) {
            problems.add(Issues.error("not-null-without-default", "column " + Issues.q(column.name())
                            + " is not null but has no default, so existing rows of table " + Issues.q(table)
                            + " cannot be filled",
                    "add it nullable, backfill, then set_not_null; or give it a default"));
        }
        return problems;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> {
            List<Column> columns = new ArrayList<>(t.columns());
            int at = isFirst() ? 0 : columns.size();
            for (int i = 0; i < columns.size() && after != null; i++) {
                if (columns.get(i).name().equals(after)) {
                    at = i + 1;
                }
            }
            columns.add(at, column.toColumn(schema, table, at + 1));
            return SchemaEdit.renumber(t.withColumns(columns));
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropColumn(table, column.name()));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String sql = "ALTER TABLE " + ddl.table(table) + " ADD COLUMN " + column.definition(dialect);
        if (dialect.mysqlFamily()) {
            boolean atEnd = !isFirst() && (after == null || SchemaEdit.table(before, table).map(l -> {
                var cols = l.table().columns();
                return !cols.isEmpty() && cols.get(cols.size() - 1).name().equals(after);
            }).orElse(true));
            sql += (isFirst() ? " FIRST" : after == null ? "" : " AFTER " + ddl.q(after))
                    + (column.fillsItself() ? "" // a generated or auto_increment column is computed by copying
                    : dialect.instantAddColumn(atEnd) ? ", ALGORITHM=INSTANT" : ", ALGORITHM=INPLACE, LOCK=NONE");
        }
        ddl.ddl(sql);
        String comment = column.commentSql(dialect, ddl.table(table));
        if (comment != null) {
            ddl.ddl(comment);
        }
        return ddl.build();
    }
}
