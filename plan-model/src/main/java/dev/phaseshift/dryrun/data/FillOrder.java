package dev.phaseshift.dryrun.data;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The order to fill a snapshot's tables in: every parent before its children. A cycle (a self-reference
 * included) is broken at a foreign key whose columns are all nullable, which is then {@link DeferredKey deferred};
 * a cycle held together only by NOT NULL keys cannot be filled without switching checks off, which a scratch
 * server we do not own may not allow, so one of its tables is left empty with a reason instead.
 *
 * <p>PostgreSQL partitions are left out: rows go through their partitioned parent, which routes them.
 *
 * @param tables   the tables to fill, in order
 * @param deferred the keys filled after every table (or left NULL)
 * @param empty    tables left empty, each with why
 */
record FillOrder(List<TableRef> tables, List<DeferredKey> deferred, Map<TableRef, String> empty) {
    FillOrder {
        tables = List.copyOf(tables);
        deferred = List.copyOf(deferred);
        empty = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(empty));
    }

    static FillOrder of(Snapshot snapshot) {
        List<TableRef> all = new ArrayList<>(everyTable(snapshot).stream()
                .filter(t -> t.table().partitionOf() == null).toList());
        all.sort(Comparator.comparing(TableRef::dotted));
        Map<TableRef, List<Edge>> pending = new LinkedHashMap<>();
        for (TableRef child : all) {
            List<Edge> edges = new ArrayList<>();
            for (ForeignKey key : child.table().foreignKeys()) {
                parentOf(all, child, key).ifPresent(parent -> edges.add(new Edge(child, key, parent)));
            }
            pending.put(child, edges);
        }
        List<TableRef> ordered = new ArrayList<>();
        List<DeferredKey> deferred = new ArrayList<>();
        Map<TableRef, String> empty = new LinkedHashMap<>();
        Set<TableRef> placed = new LinkedHashSet<>();
        while (!pending.isEmpty()) {
            Optional<TableRef> ready = pending.entrySet().stream()
                    .filter(e -> e.getValue().stream().allMatch(edge -> placed.contains(edge.parent())))
                    .map(Map.Entry::getKey).findFirst();
            if (ready.isPresent()) {
                ordered.add(ready.get());
                placed.add(ready.get());
                pending.remove(ready.get());
                continue;
            }
            Optional<Edge> breakable = pending.values().stream().flatMap(List::stream)
                    .filter(edge -> !placed.contains(edge.parent()) && allNullable(edge)
                            && reaches(pending, edge.parent(), edge.child()))
                    .findFirst();
            if (breakable.isPresent()) {
                Edge edge = breakable.get();
                deferred.add(new DeferredKey(edge.child(), edge.key(), edge.parent()));
                pending.get(edge.child()).remove(edge);
                continue;
            }
            TableRef stuck = pending.keySet().iterator().next();
            empty.put(stuck, "table \"" + stuck.dotted() + "\" is on a cycle of NOT NULL foreign keys"
                    + " and was left empty");
            placed.add(stuck);
            pending.remove(stuck);
        }
        return new FillOrder(ordered, deferred, empty);
    }

    /** Every base table of the snapshot, partitions included. */
    static List<TableRef> everyTable(Snapshot snapshot) {
        List<TableRef> all = new ArrayList<>();
        for (Schema schema : snapshot.schemas()) {
            for (Table table : schema.tables()) {
                all.add(new TableRef(schema.name(), table));
            }
        }
        return all;
    }

    /** Every table of the snapshot but partitions: those to fill and those left empty. */
    List<TableRef> all() {
        List<TableRef> all = new ArrayList<>(tables);
        all.addAll(empty.keySet());
        return all;
    }

    /** The deferred keys of {@code child}. */
    List<DeferredKey> deferredOf(TableRef child) {
        return deferred.stream().filter(d -> d.child().equals(child)).toList();
    }

    /** The parent of {@code key} when it is one of the snapshot's tables; keys to other databases are ignored. */
    static Optional<TableRef> parentOf(List<TableRef> all, TableRef child, ForeignKey key) {
        String schema = key.referencedSchema() == null ? child.schema() : key.referencedSchema();
        return all.stream()
                .filter(t -> t.schema().equals(schema) && t.table().name().equals(key.referencedTable()))
                .findFirst();
    }

    /** Whether {@code to} is an ancestor-or-self of {@code from} through unfilled keys: the edge closes a cycle. */
    private static boolean reaches(Map<TableRef, List<Edge>> pending, TableRef from, TableRef to) {
        Set<TableRef> seen = new LinkedHashSet<>();
        List<TableRef> next = new ArrayList<>(List.of(from));
        while (!next.isEmpty()) {
            TableRef table = next.remove(next.size() - 1);
            if (table.equals(to)) {
                return true;
            }
            if (seen.add(table)) {
                pending.getOrDefault(table, List.of()).forEach(edge -> next.add(edge.parent()));
            }
        }
        return false;
    }

    private static boolean allNullable(Edge edge) {
        return edge.key().columns().stream()
                .allMatch(name -> edge.child().table().column(name).map(Column::nullable).orElse(false));
    }

    private record Edge(TableRef child, ForeignKey key, TableRef parent) {
    }
}
