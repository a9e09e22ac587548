package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/** {@code rename_table}: {@code to} is a bare name in the same namespace; foreign keys follow the table. */
public record RenameTable(String table, String to) implements Operation {
    /** The table, which from then on goes by the new name. */
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return List.of(SchemaNeed.of(SchemaNeed.Kind.TABLE, table), SchemaNeed.of(SchemaNeed.Kind.RENAMES_TO, table,
                to));
    }

    @Override
    public List<Removal> removes() {
        return List.of(Removal.renamed(table, null, to));
    }

    @Override
    public List<Problem> validate(Snapshot schema) {
        if (SchemaEdit.table(schema, table).isEmpty()) {
            return Issues.unknownTable(table);
        }
        if (to == null || to.isBlank()) {
            return List.of(Issues.missing("to", operationName()));
        }
        if (SchemaEdit.relationExists(schema, SchemaEdit.sibling(table, to))) {
            return List.of(Issues.error("duplicate-table", "table " + Issues.q(to) + " already exists", null));
        }
        return List.of();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        String schemaName = SchemaEdit.schemaOf(schema, table);
        String old = SchemaEdit.bare(table);
        Snapshot renamed = SchemaEdit.editTable(schema, table, t -> t.withName(to));
        return SchemaEdit.editAllTables(renamed, t -> t.withForeignKeys(t.foreignKeys().stream()
                .map(f -> f.referencedTable().equals(old) && schemaName.equals(f.referencedSchema())
                        ? f.toBuilder().references(f.referencedSchema(), to, f.referencedColumns()).build() : f)
                .toList()));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new RenameTable(SchemaEdit.sibling(table, to), SchemaEdit.bare(table)));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        if (dialect.postgres()) {
            return ddl.ddl("ALTER TABLE " + ddl.table(table) + " RENAME TO " + ddl.q(to)).build();
        }
        return ddl.ddl("RENAME TABLE " + ddl.table(table) + " TO " + ddl.table(SchemaEdit.sibling(table, to))).build();
    }
}
