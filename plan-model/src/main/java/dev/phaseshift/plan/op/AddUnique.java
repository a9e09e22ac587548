package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code add_unique}: PostgreSQL builds the unique index concurrently, then attaches it with
 * {@code ADD CONSTRAINT ... UNIQUE USING INDEX} (a brief lock, no scan); MySQL adds it in place without locks.
 */
public record AddUnique(String name, String table, List<String> columns, Boolean deferrable,
                        Boolean initiallyDeferred, Boolean nullsNotDistinct, @OptionalField String comment)
        implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        return ColumnRef.each(table, columns);
    }

    public AddUnique {
        columns = columns == null ? List.of() : List.copyOf(columns);
    }

    public AddUnique(String name, String table, List<String> columns) {
        this(name, table, columns, null, null, null, null);
    }

    /** The constraint exactly as the snapshot has it, with the options of the index behind it. */
    static AddUnique of(Constraint c, Table t, String table) {
        boolean nullsNotDistinct = t.indexes().stream().anyMatch(i -> c.name().equals(i.constraint())
                && i.nullsNotDistinct());
        return new AddUnique(c.name(), table, c.columns(), c.deferrable() ? true : null,
                c.initiallyDeferred() ? true : null, nullsNotDistinct ? true : null, c.comment());
    }

    private static boolean yes(Boolean value) {
        return value != null && value;
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        Table t = found.get().table();
        List<Problem> problems = new ArrayList<>();
        if (t.constraint(name).isPresent() || t.index(name).isPresent() || t.foreignKey(name).isPresent()) {
            problems.add(Issues.error("duplicate-constraint", "constraint " + Issues.q(name)
                    + " already exists on table " + Issues.q(table), null));
        }
        if (columns.isEmpty()) {
            problems.add(Issues.missing("columns", operationName()));
        }
        columns.stream().filter(c -> t.column(c).isEmpty()).forEach(c -> problems.add(Issues.unknownColumn(c, table)));
        return problems;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> {
            List<Constraint> constraints = new ArrayList<>(t.constraints());
            constraints.add(Constraint.unique(name, columns)
                    .withDeferrable(yes(deferrable) || yes(initiallyDeferred), yes(initiallyDeferred))
                    .withComment(comment));
            List<Index> indexes = new ArrayList<>(t.indexes());
            indexes.add(Index.builder(name).columns(columns).unique(true).constraint(name)
                    .method(SchemaEdit.defaultIndexMethod(t)).nullsNotDistinct(yes(nullsNotDistinct)).build());
            return t.toBuilder().constraints(constraints).indexes(indexes).build();
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new DropConstraint(name, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String cols = columns.stream().map(ddl::q).collect(Collectors.joining(", "));
        String alter = "ALTER TABLE " + ddl.table(table);
        if (dialect.postgres()) {
            ddl.outsideTransaction("CREATE UNIQUE INDEX CONCURRENTLY " + ddl.q(name) + " ON "
                            + ddl.table(table) + " (" + cols + ")" + (yes(nullsNotDistinct) ? " NULLS NOT DISTINCT" : ""))
                    .ddl(alter + " ADD CONSTRAINT " + ddl.q(name) + " UNIQUE USING INDEX " + ddl.q(name)
                            + (yes(initiallyDeferred) ? " DEFERRABLE INITIALLY DEFERRED"
                            : yes(deferrable) ? " DEFERRABLE" : ""));
            if (comment != null) {
                ddl.ddl("COMMENT ON CONSTRAINT " + ddl.q(name) + " ON " + ddl.table(table) + " IS "
                        + dialect.literal(comment));
            }
            return ddl.build();
        }
        return ddl.ddl(alter + " ADD CONSTRAINT " + ddl.q(name) + " UNIQUE (" + cols + "), ALGORITHM=INPLACE, LOCK=NONE")
                .build();
    }
}
