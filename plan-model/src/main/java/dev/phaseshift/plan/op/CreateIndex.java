package dev.phaseshift.plan.op;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.sql.Ddl;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.plan.sql.RenderedSql;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * {@code create_index}: {@code CREATE INDEX CONCURRENTLY} outside a transaction on PostgreSQL,
 * {@code ALGORITHM=INPLACE LOCK=NONE} on MySQL. {@code columns} are column names or expressions; {@code keys}
 * says the same with options per key (sort order, operator class, collation, prefix length), and one of the two
 * is required. {@code using} is the access method ({@code gin}, {@code fulltext}...), {@code include} PostgreSQL
 * covering columns, {@code invisible} a MySQL {@code INVISIBLE} / MariaDB {@code IGNORED} index.
 */
public record CreateIndex(String name, String table, @OptionalField List<String> columns, Boolean unique,
                          @OptionalField String where, @OptionalField List<IndexKeySpec> keys,
                          @OptionalField String using, @OptionalField List<String> include,
                          Boolean nullsNotDistinct, Boolean invisible, @OptionalField String comment)
        implements Operation {
    @Override
    public List<ColumnRef> columnsUsed() {
        return ColumnRef.each(table, columns);
    }

    public CreateIndex {
        columns = columns == null ? List.of() : List.copyOf(columns);
        keys = keys == null ? List.of() : List.copyOf(keys);
        include = include == null ? List.of() : List.copyOf(include);
    }

    public CreateIndex(String name, String table, List<String> columns, Boolean unique, String where) {
        this(name, table, columns, unique, where, null, null, null, null, null, null);
    }

    /** The index exactly as the snapshot has it (what a rollback re-creates). */
    static CreateIndex of(Index i, String table, Table owner) {
        return new CreateIndex(i.name(), table, List.of(), i.unique() ? true : null, i.predicate(),
                i.keyParts().stream().map(IndexKeySpec::of).toList(),
                SchemaEdit.defaultIndexMethod(owner).equals(i.method()) ? null : i.method(), i.include(), i.nullsNotDistinct() ? true : null,
                i.visible() ? null : true, i.comment());
    }

    private static boolean yes(Boolean value) {
        return value != null && value;
    }

    private static boolean plain(String key) {
        return key.chars().allMatch(ch -> Character.isLetterOrDigit(ch) || ch == '_' || ch == '$');
    }

    /** The keys of either form. */
    private List<IndexKeySpec> keySpecs() {
        if (!keys.isEmpty()) {
            return keys;
        }
        return columns.stream().map(c -> plain(c) ? new IndexKeySpec(c, null, null, null, null, null, null)
                : new IndexKeySpec(null, c, null, null, null, null, null)).toList();
    }

    private String method() {
        return using == null ? Index.BTREE : using.toLowerCase(Locale.ROOT);
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
        if (columns.isEmpty() && keys.isEmpty()) {
            problems.add(Issues.missing("columns", operationName()));
        } else if (!columns.isEmpty() && !keys.isEmpty()) {
            problems.add(Issues.error("columns-and-keys", "index " + Issues.q(String.valueOf(name))
                    + " gives both \"columns\" and \"keys\"", "keep one of them"));
        }
        for (IndexKeySpec k : keySpecs()) {
            if (k.column() != null && found.get().table().column(k.column()).isEmpty()) {
                problems.add(Issues.unknownColumn(k.column(), table));
            }
        }
        for (String c : include) {
            if (found.get().table().column(c).isEmpty()) {
                problems.add(Issues.unknownColumn(c, table));
            }
        }
        return problems;
    }

    @Override
    public Snapshot applyTo(Snapshot schema) {
        return SchemaEdit.editTable(schema, table, t -> {
            // without USING the index gets the engine's default method (hash on a MySQL MEMORY table)
            Index index = Index.builder(name).keyParts(keySpecs().stream().map(IndexKeySpec::toKey).toList())
                    .unique(yes(unique)).predicate(where).method(using == null ? SchemaEdit.defaultIndexMethod(t)
                            : method()).include(include)
                    .nullsNotDistinct(yes(nullsNotDistinct)).visible(!yes(invisible)).comment(comment).build();
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
        String keyList = keySpecs().stream().map(k -> k.sql(dialect)).collect(Collectors.joining(", "));
        if (dialect.postgres()) {
            String kind = yes(unique) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
            ddl.outsideTransaction(kind + "CONCURRENTLY " + ddl.q(name) + " ON " + ddl.table(table)
                    + (Index.BTREE.equals(method()) ? "" : " USING " + method()) + " (" + keyList + ")"
                    + (include.isEmpty() ? "" : " INCLUDE (" + include.stream().map(ddl::q)
                    .collect(Collectors.joining(", ")) + ")")
                    + (yes(nullsNotDistinct) ? " NULLS NOT DISTINCT" : "")
                    + (where == null ? "" : " WHERE " + where));
            if (comment != null) {
                ddl.ddl("COMMENT ON INDEX " + ddl.table(SchemaEdit.sibling(table, name)) + " IS "
                        + dialect.literal(comment));
            }
            return ddl.build();
        }
        String kind = switch (method()) {
            case "fulltext" -> "CREATE FULLTEXT INDEX ";
            case "spatial" -> "CREATE SPATIAL INDEX ";
            default -> yes(unique) ? "CREATE UNIQUE INDEX " : "CREATE INDEX ";
        };
        // full-text and spatial indexes cannot be built without a shared lock
        boolean online = !"fulltext".equals(method()) && !"spatial".equals(method());
        return ddl.ddl(kind + ddl.q(name) + " ON " + ddl.table(table) + " (" + keyList + ")"
                        + (using != null && ("hash".equals(method()) || Index.BTREE.equals(method()))
                        ? " USING " + method().toUpperCase(Locale.ROOT) : "")
                        + (comment == null ? "" : " COMMENT " + dialect.literal(comment))
                        + (yes(invisible) ? (dialect.mariadb() ? " IGNORED" : " INVISIBLE") : "")
                        + (online ? " ALGORITHM=INPLACE LOCK=NONE" : ""))
                .build();
    }
}
