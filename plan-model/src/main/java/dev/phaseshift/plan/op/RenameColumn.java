package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.Snapshot;

import java.util.List;

/**
 * {@code rename_column}, in place. Every reader breaks at once, so plans use it only where nothing reads the
 * old name any more; {@code RenameColumnPattern} does a rename by expand/contract instead. Keys, indexes and
 * foreign keys (also those pointing here) follow the column, and so do check and index expressions, as the
 * servers rewrite them.
 */
public record RenameColumn(String table, String column, String to) implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        return List.of(new ColumnRef(table, column));
    }

    /** The column as it was named, then the new name, which later operations find. */
    @Override
    public List<SchemaNeed> schemaNeeds() {
        return List.of(SchemaNeed.of(SchemaNeed.Kind.COLUMNS, table, column),
                SchemaNeed.of(SchemaNeed.Kind.ADDS_COLUMNS, table, to));
    }

    @Override
    public List<Removal> removes() {
        return List.of(Removal.renamed(table, column, to));
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
        if (to == null || to.isBlank()) {
            return List.of(Issues.missing("to", operationName()));
        }
        List<String> views = SchemaEdit.viewsReading(schema, found.get(), column);
        if (schema.engine() == dev.phaseshift.schema.Engine.MYSQL && !views.isEmpty()) {
            // PostgreSQL views follow a renamed column; MySQL/MariaDB views keep the old name and stop working
            return List.of(Issues.error("view-would-break", "renaming column " + Issues.q(column) + " of table "
                    + Issues.q(table) + " breaks view " + String.join(", ", views),
                    "replace the view in the same phase, or rename by expand/contract"));
        }
        if (found.get().table().column(to).isPresent()) {
            return List.of(Issues.error("duplicate-column", "column " + Issues.q(to) + " already exists on table "
                    + Issues.q(table), null));
        }
        return List.of();
    }

    /** The expression with the column renamed where it appears as a whole word, quoted or not. */
    private String swapIn(String expression) {
        if (expression == null) {
            return null;
        }
        return expression.replaceAll("(?<![\\w\"`])([\"`]?)" + java.util.regex.Pattern.quote(column)
                + "([\"`]?)(?![\\w\"`])", "$1" + java.util.regex.Matcher.quoteReplacement(to) + "$2");
    }

    private List<String> swap(List<String> names) {
        return names.stream().map(n -> n.equals(column) ? to : n).toList();
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        Located located = SchemaEdit.table(schema, table).orElseThrow();
        Snapshot renamed = SchemaEdit.editTable(schema, table, t -> t.toBuilder()
                .columns(t.columns().stream().map(c -> c.name().equals(column) ? c.withName(to) : c).toList())
                .constraints(t.constraints().stream().map(c -> new Constraint(c.name(), c.kind(), swap(c.columns()),
                        swapIn(c.expression()), c.validated(), c.enforced(), c.deferrable(), c.initiallyDeferred(),
                        c.comment(), c.position())).toList())
                .indexes(t.indexes().stream().map(i -> i.toBuilder().keyParts(i.keyParts().stream()
                        .map(k -> column.equals(k.column()) ? new IndexKey(to, null, k.descending(), k.nullsFirst(),
                                k.length(), k.opclass(), k.collation())
                                : k.expression() != null ? new IndexKey(null, swapIn(k.expression()), k.descending(),
                                k.nullsFirst(), k.length(), k.opclass(), k.collation()) : k).toList())
                        .predicate(swapIn(i.predicate()))
                        .include(swap(i.include())).build()).toList())
                .foreignKeys(t.foreignKeys().stream().map(f -> f.toBuilder().columns(swap(f.columns())).build())
                        .toList())
                .build());
        String parent = located.table().name();
        return SchemaEdit.editAllTables(renamed, t -> t.withForeignKeys(t.foreignKeys().stream()
                .map(f -> f.referencedTable().equals(parent) && located.schema().equals(f.referencedSchema())
                        ? f.toBuilder().references(f.referencedSchema(), parent, swap(f.referencedColumns())).build()
                        : f)
                .toList()));
    }

    @Override
    public List<Operation> inverse(Snapshot before) {
        return List.of(new RenameColumn(table, to, column));
    }

    @Override
    public List<RenderedSql> forwardSql(Dialect dialect, Snapshot before) {
        Ddl ddl = Ddl.on(dialect);
        String sql = "ALTER TABLE " + ddl.table(table) + " RENAME COLUMN " + ddl.q(column) + " TO " + ddl.q(to);
        if (dialect.mysqlFamily()) {
            sql += ", ALGORITHM=INPLACE, LOCK=NONE";
        }
        return ddl.ddl(sql).build();
    }
}
