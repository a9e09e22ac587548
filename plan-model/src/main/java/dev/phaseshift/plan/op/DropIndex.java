package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.List;

/**
 * {@code drop_index}: {@code DROP INDEX CONCURRENTLY} on PostgreSQL, in place without locks on MySQL. An index
 * that implements a key is dropped with {@code drop_constraint} instead.
 */
public record DropIndex(String name, String table) implements Operation {
    /** The index on its table, when the statement names the table (MySQL does; PostgreSQL does not). */
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return table == null ? List.of() : List.of(SchemaNeed.of(SchemaNeed.Kind.INDEX, table, name));
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        var found = SchemaEdit.table(schema, table);
        if (found.isEmpty()) {
            return Issues.unknownTable(table);
        }
        var index = found.get().table().index(name);
        if (index.isEmpty()) {
            return List.of(Issues.error("unknown-index", "index " + Issues.q(name) + " does not exist on table "
                    + Issues.q(table), null));
        }
        if (index.get().constraint() != null || index.get().primary()) {
            return List.of(Issues.error("index-of-constraint", "index " + Issues.q(name) + " implements constraint "
                    + Issues.q(String.valueOf(index.get().constraint())), "use drop_constraint"));
        }
        if (schema.engine() == dev.phaseshift.schema.Engine.MYSQL && found.get().table().foreignKeys().stream()
                .anyMatch(f -> !f.columns().isEmpty() && index.get().columns().size() >= f.columns().size()
                        && index.get().columns().subList(0, f.columns().size()).equals(f.columns())
                        && found.get().table().indexes().stream().filter(i -> i != index.get())
                        .noneMatch(i -> i.columns().size() >= f.columns().size()
                                && i.columns().subList(0, f.columns().size()).equals(f.columns())))) {
            return List.of(Issues.error("index-in-use", "index " + Issues.q(name) + " is the only index serving a "
                    + "foreign key of table " + Issues.q(table), "drop the foreign key first"));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> t.withIndexes(
                t.indexes().stream().filter(i -> !i.name().equals(name)).toList()));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        Table owner = SchemaEdit.table(before, table).orElseThrow().table();
        return List.of(CreateIndex.of(owner.index(name).orElseThrow(), table, owner));
    }

    @Override
    public List<Problem> undoLimits(Snapshot before) {
        var index = SchemaEdit.table(before, table).flatMap(l -> l.table().index(name));
        if (index.isPresent() && !index.get().valid()) {
            return List.of(Issues.undoLimit("undo-invalid-index", "index " + Issues.q(name) + " of table "
                    + Issues.q(table) + " is invalid (a failed concurrent build); rolling back its drop builds it "
                    + "again, which fails again if its rows still break it", null));
        }
        return Issues.keyOrder(before, table, "the drop of index " + Issues.q(name));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        if (dialect.postgres()) {
            String schema = SchemaEdit.sibling(table, name);
            return ddl.outsideTransaction("DROP INDEX CONCURRENTLY " + ddl.table(schema)).build();
        }
        // MariaDB rejects lock options on DROP INDEX ... ON; the ALTER TABLE form takes them on both products
        return ddl.ddl("ALTER TABLE " + ddl.table(table) + " DROP INDEX " + ddl.q(name)
                + ", ALGORITHM=INPLACE, LOCK=NONE").build();
    }
}
