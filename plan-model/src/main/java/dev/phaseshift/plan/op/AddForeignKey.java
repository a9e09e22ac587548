package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * {@code add_foreign_key} inside one service. PostgreSQL: {@code NOT VALID}, then {@code VALIDATE CONSTRAINT},
 * which checks existing rows without blocking writes. MySQL/MariaDB copy the table and create an index named
 * after the key when none serves it; the model does the same, and the rollback drops that index too. The optional
 * {@code on_update}, {@code match}, {@code deferrable}, {@code initially_deferred}, {@code not_valid} (PostgreSQL:
 * leave existing rows unchecked) and {@code comment} let a rollback re-create a dropped key exactly.
 */
public record AddForeignKey(String name, String table, List<String> columns, String referencesTable,
                            List<String> referencesColumns, @OptionalField String onDelete,
                            @OptionalField String onUpdate, @OptionalField String match, Boolean deferrable,
                            Boolean initiallyDeferred, Boolean notValid, @OptionalField String comment)
        implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        List<ColumnRef> out = new java.util.ArrayList<>(ColumnRef.each(table, columns));
        out.addAll(ColumnRef.each(referencesTable, referencesColumns));
        return out;
    }

    /** Both ends' columns, and a unique key on the referenced ones, which the server requires. */
    @Override
    public List<SchemaNeed> schemaNeeds() {
        List<SchemaNeed> out = new java.util.ArrayList<>(SchemaNeed.columns(columnsUsed()));
        out.add(new SchemaNeed(SchemaNeed.Kind.KEY, referencesTable, referencesColumns));
        return out;
    }

    public AddForeignKey {
        columns = columns == null ? List.of() : List.copyOf(columns);
        referencesColumns = referencesColumns == null ? List.of() : List.copyOf(referencesColumns);
    }

    public AddForeignKey(String name, String table, List<String> columns, String referencesTable,
                         List<String> referencesColumns, String onDelete) {
        this(name, table, columns, referencesTable, referencesColumns, onDelete, null, null, null, null, null, null);
    }

    /** The key exactly as the snapshot has it: both actions spelled out, match, deferral, validation, comment. */
    static AddForeignKey of(ForeignKey f, String table) {
        return new AddForeignKey(f.name(), table, f.columns(),
                f.referencedSchema() == null ? f.referencedTable() : f.referencedSchema() + "." + f.referencedTable(),
                f.referencedColumns(), f.onDelete(), f.onUpdate(),
                ForeignKey.MATCH_SIMPLE.equals(f.match()) ? null : f.match(), f.deferrable() ? true : null,
                f.initiallyDeferred() ? true : null, f.validated() ? null : true, f.comment());
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
        List<Problem> problems = new ArrayList<>();
        Table t = found.get().table();
        if (t.foreignKey(name).isPresent() || t.constraint(name).isPresent()) {
            problems.add(Issues.error("duplicate-constraint", "constraint " + Issues.q(name)
                    + " already exists on table " + Issues.q(table), null));
        }
        columns.stream().filter(c -> t.column(c).isEmpty()).forEach(c -> problems.add(Issues.unknownColumn(c, table)));
        var parent = SchemaEdit.table(schema, referencesTable);
        if (parent.isEmpty()) {
            problems.addAll(Issues.unknownTable(referencesTable));
        } else {
            referencesColumns.stream().filter(c -> parent.get().table().column(c).isEmpty())
                    .forEach(c -> problems.add(Issues.unknownColumn(c, referencesTable)));
            boolean keyed = parent.get().table().constraints().stream()
                    .anyMatch(c -> c.columns().equals(referencesColumns));
            if (!keyed && problems.isEmpty()) {
                problems.add(Issues.error("no-parent-key", "table " + Issues.q(referencesTable)
                        + " has no primary key or unique constraint on " + referencesColumns, "add_unique first"));
            }
        }
        if (columns.size() != referencesColumns.size() || columns.isEmpty()) {
            problems.add(Issues.error("key-arity", "foreign key " + Issues.q(name) + " has " + columns.size()
                    + " columns but references " + referencesColumns.size(), null));
        }
        return problems;
    }

    private boolean servedByIndex(Table t) {
        return t.indexes().stream().anyMatch(i -> i.columns().size() >= columns.size()
                && i.columns().subList(0, columns.size()).equals(columns));
    }

    private static String action(String given, Engine engine) {
        if (given != null) {
            return given.toUpperCase(java.util.Locale.ROOT);
        }
        return engine == Engine.POSTGRESQL ? ForeignKey.NO_ACTION : "RESTRICT";
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        String parentSchema = SchemaEdit.schemaOf(schema, referencesTable);
        ForeignKey fk = ForeignKey.builder(name).columns(columns)
                .references(parentSchema, SchemaEdit.bare(referencesTable), referencesColumns)
                .onDelete(action(onDelete, schema.engine())).onUpdate(action(onUpdate, schema.engine()))
                .match(match == null ? null : match.toUpperCase(java.util.Locale.ROOT))
                .deferrable(yes(deferrable) || yes(initiallyDeferred), yes(initiallyDeferred))
                .validated(!yes(notValid) || schema.engine() != Engine.POSTGRESQL).comment(comment)
                .build();
        return SchemaEdit.editTable(schema, table, t -> {
            List<ForeignKey> keys = new ArrayList<>(t.foreignKeys());
            keys.add(fk);
            Table.Builder b = t.toBuilder().foreignKeys(keys);
            if (schema.engine() == Engine.MYSQL && !servedByIndex(t)) {
                List<Index> indexes = new ArrayList<>(t.indexes());
                indexes.add(Index.of(name, columns, false));
                b.indexes(indexes);
            }
            return b.build();
        });
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Table t = SchemaEdit.table(before, table).orElseThrow().table();
        if (before.engine() == Engine.MYSQL && !servedByIndex(t)) {
            return List.of(new DropConstraint(name, table), new DropIndex(name, table));
        }
        return List.of(new DropConstraint(name, table));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String alter = "ALTER TABLE " + ddl.table(table);
        String add = alter + " ADD CONSTRAINT " + ddl.q(name) + " FOREIGN KEY ("
                + columns.stream().map(ddl::q).collect(Collectors.joining(", ")) + ") REFERENCES "
                + ddl.table(referencesTable) + " ("
                + referencesColumns.stream().map(ddl::q).collect(Collectors.joining(", ")) + ")"
                + (match == null ? "" : " MATCH " + match.toUpperCase(java.util.Locale.ROOT))
                + (onDelete == null ? "" : " ON DELETE " + onDelete.toUpperCase(java.util.Locale.ROOT))
                + (onUpdate == null ? "" : " ON UPDATE " + onUpdate.toUpperCase(java.util.Locale.ROOT));
        if (dialect.postgres()) {
            add += yes(initiallyDeferred) ? " DEFERRABLE INITIALLY DEFERRED" : yes(deferrable) ? " DEFERRABLE" : "";
            ddl.ddl(add + " NOT VALID");
            if (!yes(notValid)) {
                ddl.outsideTransaction(alter + " VALIDATE CONSTRAINT " + ddl.q(name));
            }
            if (comment != null) {
                ddl.ddl("COMMENT ON CONSTRAINT " + ddl.q(name) + " ON " + ddl.table(table) + " IS "
                        + dialect.literal(comment));
            }
            return ddl.build();
        }
        return ddl.ddl(add).build();
    }
}
