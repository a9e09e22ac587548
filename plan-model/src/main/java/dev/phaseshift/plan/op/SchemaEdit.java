package dev.phaseshift.plan.op;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TypeNames;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;

/** Finding and replacing tables and views in an immutable snapshot by the names plan files use. */
public final class SchemaEdit {
    private SchemaEdit() {
    }

    /** The namespace a bare name means: the only one, else {@code public} on PostgreSQL, else the first. */
    public static String defaultSchema(Snapshot snapshot) {
        if (snapshot.schemas().size() == 1) {
            return snapshot.schemas().get(0).name();
        }
        if (snapshot.engine() == Engine.POSTGRESQL && snapshot.schema("public").isPresent()) {
            return "public";
        }
        return snapshot.schemas().isEmpty() ? "public" : snapshot.schemas().get(0).name();
    }

    public static String schemaOf(Snapshot snapshot, String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? defaultSchema(snapshot) : name.substring(0, dot);
    }

    public static String bare(String name) {
        int dot = name.indexOf('.');
        return dot < 0 ? name : name.substring(dot + 1);
    }

    /** Same schema prefix as {@code like}, other bare name. */
    public static String sibling(String like, String bareName) {
        int dot = like.indexOf('.');
        return dot < 0 ? bareName : like.substring(0, dot + 1) + bareName;
    }

    /**
     * The table that has index {@code index} (a bare name: PostgreSQL's {@code DROP INDEX} and {@code REINDEX INDEX}
     * name no table), the first in the snapshot's order; empty when no table has it.
     */
    public static Optional<Located> tableOfIndex(Snapshot snapshot, String index) {
        String name = bare(index);
        for (Schema schema : snapshot.schemas()) {
            for (Table table : schema.tables()) {
                if (table.index(name).isPresent()) {
                    return Optional.of(new Located(schema.name(), table));
                }
            }
        }
        return Optional.empty();
    }

    public static Optional<Located> table(Snapshot snapshot, String name) {
        String schema = schemaOf(snapshot, name);
        return snapshot.table(schema, bare(name)).map(t -> new Located(schema, t));
    }

    public static Optional<View> view(Snapshot snapshot, String name) {
        return snapshot.view(schemaOf(snapshot, name), bare(name));
    }

    /** Whether a table or view of that name exists. */
    public static boolean relationExists(Snapshot snapshot, String name) {
        return table(snapshot, name).isPresent() || view(snapshot, name).isPresent();
    }

    public static Snapshot editSchema(Snapshot snapshot, String schemaName, UnaryOperator<Schema> edit) {
        List<Schema> schemas = new ArrayList<>(snapshot.schemas());
        boolean found = false;
        for (int i = 0; i < schemas.size(); i++) {
            if (schemas.get(i).name().equals(schemaName)) {
                schemas.set(i, edit.apply(schemas.get(i)));
                found = true;
            }
        }
        if (!found) {
            schemas.add(edit.apply(new Schema(schemaName, List.of(), List.of())));
        }
        return snapshot.withSchemas(schemas);
    }

    public static Snapshot editTable(Snapshot snapshot, String name, UnaryOperator<Table> edit) {
        String bare = bare(name);
        return editSchema(snapshot, schemaOf(snapshot, name), s -> s.withTables(
                s.tables().stream().map(t -> t.name().equals(bare) ? edit.apply(t) : t).toList()));
    }

    /** Changes one column of a table; the others stay as they are. */
    public static Snapshot editColumn(Snapshot snapshot, String table, String column, UnaryOperator<Column> edit) {
        return editTable(snapshot, table, t -> t.withColumns(t.columns().stream()
                .map(c -> c.name().equals(column) ? edit.apply(c) : c).toList()));
    }

    public static Snapshot addTable(Snapshot snapshot, String schemaName, Table table) {
        return editSchema(snapshot, schemaName, s -> {
            List<Table> tables = new ArrayList<>(s.tables());
            tables.add(table);
            return s.withTables(tables);
        });
    }

    public static Snapshot removeTable(Snapshot snapshot, String name) {
        String bare = bare(name);
        return editSchema(snapshot, schemaOf(snapshot, name),
                s -> s.withTables(s.tables().stream().filter(t -> !t.name().equals(bare)).toList()));
    }

    /** Applies {@code edit} to every table of every namespace (foreign keys that point at a renamed table...). */
    public static Snapshot editAllTables(Snapshot snapshot, UnaryOperator<Table> edit) {
        return snapshot.withSchemas(snapshot.schemas().stream()
                .map(s -> s.withTables(s.tables().stream().map(edit).toList())).toList());
    }

    public static Snapshot putView(Snapshot snapshot, String name, View view) {
        String bare = bare(name);
        return editSchema(snapshot, schemaOf(snapshot, name), s -> {
            List<View> views = new ArrayList<>(s.views().stream().filter(v -> !v.name().equals(bare)).toList());
            views.add(view);
            return s.withViews(views);
        });
    }

    public static Snapshot removeView(Snapshot snapshot, String name) {
        String bare = bare(name);
        return editSchema(snapshot, schemaOf(snapshot, name),
                s -> s.withViews(s.views().stream().filter(v -> !v.name().equals(bare)).toList()));
    }

    /** Columns renumbered 1..n in list order, as introspection reports them. */
    public static Table renumber(Table table) {
        List<dev.phaseshift.schema.Column> columns = new ArrayList<>();
        for (int i = 0; i < table.columns().size(); i++) {
            columns.add(table.columns().get(i).withOrdinal(i + 1));
        }
        return table.withColumns(columns);
    }

    /** The views (as {@code "schema"."view"}) whose recorded sources read the column of that table. */
    public static List<String> viewsReading(Snapshot snapshot, Located located, String column) {
        List<String> out = new ArrayList<>();
        for (Schema s : snapshot.schemas()) {
            for (View v : s.views()) {
                boolean reads = v.sources().stream().anyMatch(src -> src.name().equals(located.table().name())
                        && (src.schema() == null || src.schema().equals(located.schema()))
                        && src.columns().contains(column));
                if (reads) {
                    out.add(Issues.q(v.name()));
                }
            }
        }
        return out;
    }

    /**
     * What uses a column: a key, a check or index whose expression names it (a whole-word match, so a false alarm is
     * possible, a miss is not), or a foreign key of its table or pointing at it.
     */
    public static Optional<String> columnUse(Snapshot snapshot, Located located, String column) {
        Table t = located.table();
        for (var c : t.constraints()) {
            if (c.columns().contains(column)) {
                return Optional.of("constraint " + Issues.q(c.name()));
            }
        }
        java.util.regex.Pattern word = java.util.regex.Pattern.compile("(?<![\\w\"`])[\"`]?"
                + java.util.regex.Pattern.quote(column) + "[\"`]?(?![\\w\"`])");
        for (var c : t.constraints()) {
            if (c.expression() != null && word.matcher(c.expression()).find()) {
                return Optional.of("constraint " + Issues.q(c.name()));
            }
        }
        for (var i : t.indexes()) {
            boolean inExpression = i.keyParts().stream().anyMatch(k -> k.expression() != null
                    && word.matcher(k.expression()).find()) || i.predicate() != null && word.matcher(i.predicate()).find();
            if (i.columns().contains(column) || inExpression) {
                return Optional.of("index " + Issues.q(i.name()));
            }
        }
        for (var f : t.foreignKeys()) {
            if (f.columns().contains(column)) {
                return Optional.of("foreign key " + Issues.q(f.name()));
            }
        }
        for (Schema s : snapshot.schemas()) {
            for (Table other : s.tables()) {
                for (var f : other.foreignKeys()) {
                    if (f.referencedTable().equals(t.name()) && located.schema().equals(f.referencedSchema())
                            && f.referencedColumns().contains(column)) {
                        return Optional.of("foreign key " + Issues.q(f.name()) + " of table " + Issues.q(other.name()));
                    }
                }
            }
        }
        return Optional.empty();
    }

    /**
     * The engine-neutral type of a column a plan adds, as introspection would report it: {@code enum} (or
     * {@code enum[]}) for a PostgreSQL enum type of the snapshot, otherwise {@link TypeNames#normalize}.
     */
    public static String normalizedType(Snapshot snapshot, String table, String type) {
        if (snapshot.engine() == Engine.POSTGRESQL) {
            boolean array = type.endsWith("[]");
            String base = (array ? type.substring(0, type.length() - 2) : type).replace("\"", "");
            int dot = base.indexOf('.');
            String schema = dot < 0 ? schemaOf(snapshot, table) : base.substring(0, dot);
            String name = dot < 0 ? base : base.substring(dot + 1);
            if (snapshot.schema(schema).flatMap(s -> s.enumType(name)).isPresent()) {
                return array ? "enum[]" : "enum";
            }
            // introspection names a domain column's type after the domain's base type
            var domain = snapshot.schema(schema).flatMap(s -> s.domain(name));
            if (domain.isPresent() && !array) {
                return TypeNames.normalize(snapshot.engine(), domain.get().baseType());
            }
        }
        return TypeNames.normalize(snapshot.engine(), type);
    }

    /** MariaDB's JSON type is a longtext with a {@code json_valid} check named after the column. */
    public static boolean isJsonCheck(String name, String expression) {
        return name != null && expression != null
                && expression.equals("json_valid(`" + name.replace("`", "``") + "`)");
    }

    /** The index method a key gets when none is named: hash on a MySQL MEMORY table, else btree. */
    public static String defaultIndexMethod(Table table) {
        String engine = table.storageEngine();
        return engine != null && (engine.equalsIgnoreCase("MEMORY") || engine.equalsIgnoreCase("HEAP"))
                ? "hash" : Index.BTREE;
    }
}
