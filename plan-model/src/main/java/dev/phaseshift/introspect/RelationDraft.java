package dev.phaseshift.introspect;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Partition;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A table or view while its parts arrive from separate bulk queries; becomes a {@link Table} or {@link View}
 * once everything is read. Mutable, confined to the introspecting thread.
 */
final class RelationDraft {
    final String schema;
    final String name;
    final boolean view;
    final boolean materialized;
    TableKind tableKind = TableKind.TABLE;
    String owner;
    String comment;
    String partitionKey;
    ObjectName partitionOf;
    String partitionBound;
    String storageEngine;
    String collation;
    Long rowEstimate;
    Long sizeBytes;
    String definition;
    String checkOption;
    String security;
    String algorithm;
    String definer;
    final List<Column> columns = new ArrayList<>();
    /** PostgreSQL attribute number to column name, for keys given as attnums. */
    final Map<Integer, String> columnsByNumber = new HashMap<>();
    final List<Constraint> constraints = new ArrayList<>();
    final List<ForeignKey> foreignKeys = new ArrayList<>();
    final List<Index> indexes = new ArrayList<>();
    final List<Trigger> triggers = new ArrayList<>();
    final List<Partition> partitions = new ArrayList<>();
    final Map<ObjectName, TreeSet<String>> sources = new LinkedHashMap<>();

    RelationDraft(String schema, String name, boolean view, boolean materialized) {
        this.schema = schema;
        this.name = name;
        this.view = view;
        this.materialized = materialized;
    }

    ObjectName objectName() {
        return new ObjectName(schema, name);
    }

    /** {@code table "app"."orders"} for messages. */
    String describe() {
        String type = view ? (materialized ? "materialized view" : "view") : "table";
        return type + " \"" + schema + "\".\"" + name + "\"";
    }

    /** Adds a column at the next ordinal (1-based, dense). */
    Column.Builder nextColumn(String columnName, String type) {
        return Column.builder(columnName, type).ordinal(columns.size() + 1);
    }

    void addSource(ObjectName relation, String column) {
        TreeSet<String> cols = sources.computeIfAbsent(relation, r -> new TreeSet<>());
        if (column != null) {
            cols.add(column);
        }
    }

    Table toTable() {
        return Table.builder(name).kind(tableKind).owner(owner).comment(comment).partitionKey(partitionKey)
                .partitionOf(partitionOf, partitionBound).storageEngine(storageEngine).collation(collation)
                .rowEstimate(rowEstimate).sizeBytes(sizeBytes).columns(columns).constraints(constraints)
                .foreignKeys(foreignKeys).indexes(indexes).triggers(triggers).partitions(partitions).build();
    }

    View toView() {
        List<ViewSource> read = new ArrayList<>();
        sources.forEach((relation, cols) -> read.add(new ViewSource(relation.schema(), relation.name(),
                List.copyOf(cols))));
        return View.builder(name).materialized(materialized).owner(owner).comment(comment).definition(definition)
                .checkOption(checkOption).rowEstimate(rowEstimate).sizeBytes(sizeBytes).columns(columns)
                .sources(read).indexes(indexes).triggers(triggers).security(security).algorithm(algorithm)
                .definer(definer).build();
    }
}
