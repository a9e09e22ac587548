package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code create_table}: a new table with columns and an optional primary key. On PostgreSQL the key is named
 * {@code primary_key_name}, by default {@code <table>_pkey} as the server would; MySQL always calls it
 * {@code PRIMARY}. Optional: the table {@code comment}, and on MySQL/MariaDB its {@code storage_engine} and
 * default {@code collation}.
 */
public record CreateTable(String table, List<ColumnSpec> columns, List<String> primaryKey,
                          @OptionalField String primaryKeyName, @OptionalField String comment,
                          @OptionalField String storageEngine, @OptionalField String collation)
        implements Operation {
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return List.of(SchemaNeed.of(SchemaNeed.Kind.CREATES, table));
    }

    public CreateTable {
        columns = columns == null ? List.of() : List.copyOf(columns);
        primaryKey = primaryKey == null ? List.of() : List.copyOf(primaryKey);
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        List<Problem> problems = new ArrayList<>();
        if (SchemaEdit.relationExists(schema, table)) {
            problems.add(Issues.error("duplicate-table", "table " + Issues.q(table) + " already exists",
                    "choose another name or drop the existing table in an earlier step"));
        }
        if (columns.isEmpty() && schema.engine() == Engine.POSTGRESQL) {
            // legal on postgresql (columns come later, or the table only marks a state), but rarely meant in a plan
            problems.add(Issues.warning("no-columns", "table " + Issues.q(table) + " has no columns",
                    "add its columns here, or with add_column steps"));
        } else if (columns.isEmpty()) {
            problems.add(Issues.error("no-columns", "table " + Issues.q(table) + " has no columns", null));
        }
        Set<String> seen = new HashSet<>();
        for (ColumnSpec c : columns) {
            if (!seen.add(c.name())) {
                problems.add(Issues.error("duplicate-column", "column " + Issues.q(c.name())
                        + " is declared twice on table " + Issues.q(table), null));
            }
        }
        for (String k : primaryKey) {
            if (!seen.contains(k)) {
                problems.add(Issues.unknownColumn(k, table));
            }
        }
        return problems;
    }

    public CreateTable(String table, List<ColumnSpec> columns, List<String> primaryKey) {
        this(table, columns, primaryKey, null);
    }

    public CreateTable(String table, List<ColumnSpec> columns, List<String> primaryKey, String primaryKeyName) {
        this(table, columns, primaryKey, primaryKeyName, null, null, null);
    }

    public String primaryKeyName(Engine engine) {
        if (engine != Engine.POSTGRESQL) {
            return "PRIMARY";
        }
        return primaryKeyName != null ? primaryKeyName : SchemaEdit.bare(table) + "_pkey";
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        List<Column> cols = new ArrayList<>();
        for (ColumnSpec c : columns) {
            Column col = c.toColumn(schema, table, cols.size() + 1);
            cols.add(primaryKey.contains(c.name()) ? col.withNullable(false) : col);
        }
        boolean mysql = schema.engine() == Engine.MYSQL;
        Table.Builder t = Table.builder(SchemaEdit.bare(table)).columns(cols).comment(comment)
                .storageEngine(mysql ? storageEngine : null).collation(mysql ? collation : null);
        if (!primaryKey.isEmpty()) {
            String pk = primaryKeyName(schema.engine());
            t.constraints(List.of(Constraint.primaryKey(pk, primaryKey)));
            t.indexes(List.of(Index.builder(pk).columns(primaryKey).unique(true).primary(true).constraint(pk)
                    .build()));
        }
        return SchemaEdit.addTable(schema, SchemaEdit.schemaOf(schema, table), t.build());
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropTable(table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        List<String> parts = new ArrayList<>();
        for (ColumnSpec c : columns) {
            parts.add(c.definition(dialect));
        }
        if (!primaryKey.isEmpty()) {
            parts.add((dialect.postgres() ? "CONSTRAINT " + ddl.q(primaryKeyName(dialect.engine())) + " " : "")
                    + "PRIMARY KEY (" + primaryKey.stream().map(ddl::q).collect(Collectors.joining(", ")) + ")");
        }
        String create = "CREATE TABLE " + ddl.table(table) + " (" + String.join(", ", parts) + ")";
        if (dialect.mysqlFamily()) {
            create += (storageEngine == null ? "" : " ENGINE=" + storageEngine)
                    + (collation == null ? "" : " DEFAULT COLLATE=" + collation)
                    + (comment == null ? "" : " COMMENT=" + dialect.literal(comment));
            return ddl.ddl(create).build();
        }
        ddl.ddl(create);
        if (comment != null) {
            ddl.ddl("COMMENT ON TABLE " + ddl.table(table) + " IS " + dialect.literal(comment));
        }
        for (ColumnSpec c : columns) {
            String sql = c.commentSql(dialect, ddl.table(table));
            if (sql != null) {
                ddl.ddl(sql);
            }
        }
        return ddl.build();
    }
}
