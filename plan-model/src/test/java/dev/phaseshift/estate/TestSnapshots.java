package dev.phaseshift.estate;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Small snapshots for estate and graph tests, written the way a reader sketches a schema:
 * {@code table("public", "orders", "id bigint pk", "customer_id bigint", "total numeric(12,2)")}. A column spec
 * is {@code name type [pk|unique|index] [-- comment]}; the type may have spaces ({@code bigint unsigned}).
 */
public final class TestSnapshots {
    private final String service;
    private final Engine engine;
    private final Map<String, List<Table>> tables = new LinkedHashMap<>();
    private final Map<String, List<View>> views = new LinkedHashMap<>();

    private TestSnapshots(String service, Engine engine) {
        this.service = service;
        this.engine = engine;
    }

    public static TestSnapshots postgres(String service) {
        return new TestSnapshots(service, Engine.POSTGRESQL);
    }

    public static TestSnapshots mysql(String service) {
        return new TestSnapshots(service, Engine.MYSQL);
    }

    public TestSnapshots table(String schema, String name, String... columns) {
        List<Column> cols = new ArrayList<>();
        List<Constraint> constraints = new ArrayList<>();
        List<Index> indexes = new ArrayList<>();
        int ordinal = 1;
        for (String spec : columns) {
            String comment = null;
            int dashes = spec.indexOf(" -- ");
            if (dashes >= 0) {
                comment = spec.substring(dashes + 4);
                spec = spec.substring(0, dashes);
            }
            List<String> words = new ArrayList<>(List.of(spec.trim().split("\\s+")));
            String flag = words.size() > 2 && List.of("pk", "unique", "index").contains(words.get(words.size() - 1))
                    ? words.remove(words.size() - 1) : "";
            String column = words.remove(0);
            String type = String.join(" ", words);
            cols.add(Column.builder(column, type).ordinal(ordinal++).normalizedType(TypeNames.normalize(engine, type))
                    .nullable(!flag.equals("pk")).comment(comment).build());
            switch (flag) {
                case "pk" -> constraints.add(Constraint.primaryKey(name + "_pk", List.of(column)));
                case "unique" -> constraints.add(Constraint.unique(name + "_" + column + "_uq", List.of(column)));
                case "index" -> indexes.add(Index.of(name + "_" + column + "_idx", List.of(column), false));
                default -> { }
            }
        }
        tables.computeIfAbsent(schema, k -> new ArrayList<>()).add(Table.builder(name).columns(cols)
                .constraints(constraints).indexes(indexes).build());
        views.computeIfAbsent(schema, k -> new ArrayList<>());
        return this;
    }

    /** A foreign key {@code table(column) REFERENCES parent(parentColumn)} in one schema. */
    public TestSnapshots foreignKey(String schema, String table, String column, String parent, String parentColumn) {
        List<Table> list = tables.get(schema);
        for (int i = 0; i < list.size(); i++) {
            Table t = list.get(i);
            if (t.name().equals(table)) {
                List<ForeignKey> fks = new ArrayList<>(t.foreignKeys());
                fks.add(ForeignKey.builder(table + "_" + column + "_fk").columns(List.of(column))
                        .references(schema, parent, List.of(parentColumn)).build());
                list.set(i, t.withForeignKeys(fks));
                return this;
            }
        }
        throw new IllegalArgumentException("no table " + table);
    }

    /**
     * A view; each source is {@code relation(col1,col2)} or {@code relation} for a read without named columns.
     */
    public TestSnapshots view(String schema, String name, List<String> columns, String... sources) {
        List<Column> cols = new ArrayList<>();
        int ordinal = 1;
        for (String c : columns) {
            cols.add(Column.builder(c, "text").ordinal(ordinal++).build());
        }
        List<ViewSource> read = new ArrayList<>();
        for (String source : sources) {
            int paren = source.indexOf('(');
            String relation = paren < 0 ? source : source.substring(0, paren);
            List<String> used = paren < 0 ? List.of()
                    : List.of(source.substring(paren + 1, source.length() - 1).split(","));
            read.add(ViewSource.of(schema, relation, used));
        }
        views.computeIfAbsent(schema, k -> new ArrayList<>()).add(View.builder(name).columns(cols).sources(read)
                .definition("SELECT ...").build());
        tables.computeIfAbsent(schema, k -> new ArrayList<>());
        return this;
    }

    public Snapshot build() {
        List<Schema> schemas = new ArrayList<>();
        for (String schema : tables.keySet()) {
            schemas.add(new Schema(schema, tables.get(schema), views.getOrDefault(schema, List.of())));
        }
        return Snapshot.of(service, engine, schemas);
    }
}
