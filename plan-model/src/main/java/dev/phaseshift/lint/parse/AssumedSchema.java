package dev.phaseshift.lint.parse;

import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.op.SchemaNeed;
import dev.phaseshift.plan.op.SchemaEdit;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The schema a plain SQL file is assumed to run on, since no snapshot comes with it: every table the file uses
 * but does not create exists already, may hold rows (row count unknown), and has the columns, indexes and
 * constraints the file uses but does not add, of type {@value #UNKNOWN_TYPE}. Tables the file creates are new
 * and empty.
 */
public final class AssumedSchema {
    static final String UNKNOWN_TYPE = "unknown";

    /** A column's type for a message; a plain SQL file does not say the type of a column it did not create. */
    public static String describedType(String type) {
        return UNKNOWN_TYPE.equals(type) ? "its current type (unknown to the linter)" : type;
    }
    static final String SERVICE = "sql";

    /** What the file needs of one existing table. */
    private static final class Needs {
        final Set<String> columns = new LinkedHashSet<>();
        final Set<String> added = new LinkedHashSet<>();
        final Map<String, List<String>> indexes = new LinkedHashMap<>();
        final Set<String> constraints = new LinkedHashSet<>();
        final Set<List<String>> keys = new LinkedHashSet<>();

        void column(String name) {
            if (name != null && !added.contains(name) && name.chars().allMatch(c -> Character.isLetterOrDigit(c)
                    || c == '_' || c == '$')) {
                columns.add(name);
            }
        }
    }

    private final Engine engine;
    private final Map<String, Needs> existing = new LinkedHashMap<>();
    /** Tables the file creates, and what later names (after a rename) stand for. */
    private final Set<String> created = new LinkedHashSet<>();
    private final Map<String, String> renamedFrom = new HashMap<>();

    private AssumedSchema(Engine engine) {
        this.engine = engine;
    }

    /** The snapshot {@code statements} are assumed to run on, for a server of {@code dialect}. */
    static Snapshot of(List<ParsedStatement> statements, Dialect dialect, String source) {
        AssumedSchema assumed = new AssumedSchema(dialect.engine());
        for (ParsedStatement s : statements) {
            s.operations().forEach(assumed::note);
            // statements with nothing typed still name tables that rules look up (UPDATE, ADD PRIMARY KEY, MySQL's
            // OPTIMIZE TABLE, which rebuilds the table)
            boolean namesTable = s.keyword().equals("ALTER") || s.keyword().equals("UPDATE")
                    || s.keyword().equals("DELETE") || s.keyword().equals("OPTIMIZE");
            if (namesTable && s.target() != null) {
                assumed.needs(s.target());
            }
            // OPTIMIZE TABLE a, b rebuilds every table it names; EXCHANGE PARTITION swaps rows with another table
            if (s.keyword().equals("OPTIMIZE")) {
                s.actions().forEach(a -> assumed.needs(a.table()));
            }
            s.commands(ExchangePartition.class).forEach(x -> assumed.needs(x.withTable()));
        }
        return assumed.snapshot(dialect, source);
    }

    private String defaultSchema() {
        return engine == Engine.POSTGRESQL ? "public" : "app";
    }

    private String key(String table) {
        return table.indexOf('.') < 0 ? defaultSchema() + "." + table : table;
    }

    /** What a table of the file must have; null when the file created it (or renamed a created one to it). */
    private Needs needs(String table) {
        String k = key(table);
        String original = renamedFrom.getOrDefault(k, k);
        if (created.contains(original)) {
            return null;
        }
        return existing.computeIfAbsent(original, x -> new Needs());
    }

    /** What {@code op} needs of the schema and makes in it, as the operation says ({@link Operation#schemaNeeds}). */
    private void note(Operation op) {
        for (SchemaNeed need : op.schemaNeeds()) {
            String table = need.table();
            switch (need.kind()) {
                case CREATES -> {
                    String k = key(table);
                    if (!existing.containsKey(k) && !renamedFrom.containsKey(k)) {
                        created.add(k);
                    }
                }
                case RENAMES_TO -> {
                    String from = key(table);
                    renamedFrom.put(key(SchemaEdit.sibling(table, need.names().get(0))),
                            renamedFrom.getOrDefault(from, from));
                }
                case TABLE -> needs(table);
                case COLUMNS -> need.names().forEach(c -> column(table, c));
                case ADDS_COLUMNS -> Optional.ofNullable(needs(table)).ifPresent(n -> n.added.addAll(need.names()));
                case KEY -> Optional.ofNullable(needs(table)).ifPresent(n -> n.keys.add(need.names()));
                case INDEX -> Optional.ofNullable(needs(table))
                        .ifPresent(n -> n.indexes.putIfAbsent(need.names().get(0), List.of()));
                case CONSTRAINT -> Optional.ofNullable(needs(table))
                        .ifPresent(n -> n.constraints.add(need.names().get(0)));
            }
        }
    }

    private void column(String table, String column) {
        Optional.ofNullable(needs(table)).ifPresent(n -> n.column(column));
    }

    private Snapshot snapshot(Dialect dialect, String source) {
        Map<String, List<Table>> bySchema = new LinkedHashMap<>();
        bySchema.put(defaultSchema(), new ArrayList<>());
        existing.forEach((k, needs) -> {
            int dot = k.indexOf('.');
            bySchema.computeIfAbsent(k.substring(0, dot), x -> new ArrayList<>()).add(table(k.substring(dot + 1),
                    needs));
        });
        List<Schema> schemas = bySchema.entrySet().stream()
                .map(e -> new Schema(e.getKey(), e.getValue(), List.of())).toList();
        return new Snapshot(SERVICE, dialect.engine(), dialect.product(), dialect.major() + "." + dialect.minor()
                + "." + dialect.patch(), null, source, List.of(), schemas);
    }

    private Table table(String name, Needs needs) {
        List<Column> columns = new ArrayList<>();
        Set<String> names = new LinkedHashSet<>(needs.columns);
        needs.keys.forEach(names::addAll);
        needs.indexes.values().forEach(names::addAll);
        int ordinal = 1;
        for (String c : names) {
            columns.add(Column.builder(c, UNKNOWN_TYPE).ordinal(ordinal++).nullable(true).build());
        }
        List<Constraint> constraints = new ArrayList<>();
        needs.keys.stream().filter(k -> !k.isEmpty())
                .forEach(k -> constraints.add(Constraint.unique(name + "_" + String.join("_", k) + "_key", k)));
        needs.constraints.forEach(c -> constraints.add(Constraint.check(c, "true")));
        List<Index> indexes = new ArrayList<>();
        needs.indexes.forEach((index, cols) -> indexes.add(Index.of(index, cols, false)));
        // null row estimate: rules treat the table as possibly holding rows
        return Table.builder(name).columns(columns).constraints(constraints).indexes(indexes).rowEstimate(null)
                .build();
    }
}
