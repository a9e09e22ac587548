package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code create_index}: {@code CREATE INDEX CONCURRENTLY} outside a transaction on PostgreSQL,
 * {@code ALGORITHM=INPLACE LOCK=NONE} on MySQL. {@code columns} are column names or expressions.
 */
public record CreateIndex(String name, String table, List<String> columns, Boolean unique, @OptionalField String where)
        implements Operation {
    public CreateIndex {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    private boolean isUnique() {
        return unique != null && unique;
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        List<Problem> problems = new ArrayList<>();
        if (name == null || name.isBlank()) {
            problems.add(Issues.missing("name", operationName()));
        } else if (found.get().table().index(name).isPresent()) {
            problems.add(Issues.error("duplicate-index", "index " + Issues.q(name) + " already exists on table "
                    + Issues.q(table), "choose another name"));
        }
        if (columns.isEmpty()) {
            problems.add(Issues.missing("columns", operationName()));
        }
        for (String c : columns) {
            boolean plain = c.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_');
            if (plain && found.get().table().column(c).isEmpty()) {
                problems.add(Issues.unknownColumn(c, table));
            }
        }
        return problems;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        Index index = new Index(name, columns, isUnique(), where, null);
        return SchemaEdit.editTable(schema, table, t -> {
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(index);
            return t.withIndexes(indexes);
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropIndex(name, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String keys = columns.stream().map(c -> c.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_')
                ? ddl.q(c) : "(" + c + ")").collect(Collectors.joining(", "));
        String kind = isUnique() ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
        if (dialect.postgres()) {
            return ddl.outsideTransaction(kind + "CONCURRENTLY " + ddl.q(name) + " ON " + ddl.table(table) + " ("
                    + keys + ")" + (where == null ? "" : " WHERE " + where)).build();
        }
        return ddl.ddl(kind + ddl.q(name) + " ON " + ddl.table(table) + " (" + keys + ") ALGORITHM=INPLACE LOCK=NONE")
                .build();
    }
}
