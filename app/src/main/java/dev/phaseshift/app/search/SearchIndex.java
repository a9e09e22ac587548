package dev.phaseshift.app.search;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Everything of an estate that search everywhere finds, and the ranking of a query: every word of the query must
 * occur in the hit's label; an exact name comes first, then a name that starts with the query, then the rest,
 * shorter labels before longer ones.
 */
public final class SearchIndex {
    private final List<SearchHit> hits;

    private SearchIndex(List<SearchHit> hits) {
        this.hits = List.copyOf(hits);
    }

    public static SearchIndex of(Estate estate) {
        List<SearchHit> hits = new ArrayList<>();
        for (ServiceDefinition service : estate.services()) {
            hits.add(new SearchHit(SearchHitKind.SERVICE, service.name(), "service · " + service.engine()
                    .displayName() + (service.team() == null ? "" : " · team " + service.team()), service.name(),
                    service.name()));
            estate.snapshot(service.name()).ifPresent(snapshot -> addSchemas(hits, service.name(), snapshot));
        }
        for (ConsumerContract consumer : estate.consumers()) {
            String reads = consumer.reads().stream().map(TableAccess::relation).map(Object::toString)
                    .collect(Collectors.joining(", "));
            hits.add(new SearchHit(SearchHitKind.CONSUMER, consumer.service() + " " + consumer.version(),
                    "consumer version" + (reads.isEmpty() ? "" : " · reads " + reads), consumer.service(),
                    consumer.version()));
        }
        return new SearchIndex(hits);
    }

    public static SearchIndex empty() {
        return new SearchIndex(List.of());
    }

    private static void addSchemas(List<SearchHit> hits, String service, Snapshot snapshot) {
        for (Schema schema : snapshot.schemas()) {
            for (Table table : schema.tables()) {
                String path = service + "/" + schema.name() + "/" + table.name();
                String label = service + "." + schema.name() + "." + table.name();
                hits.add(new SearchHit(SearchHitKind.TABLE, label, "table · " + table.columns().size() + " columns",
                        path, table.name()));
                addColumns(hits, path, label, table.columns());
            }
            for (View view : schema.views()) {
                String path = service + "/" + schema.name() + "/" + view.name();
                String label = service + "." + schema.name() + "." + view.name();
                hits.add(new SearchHit(SearchHitKind.VIEW, label, (view.materialized() ? "materialized view" : "view")
                        + " · " + view.columns().size() + " columns", path, view.name()));
                addColumns(hits, path, label, view.columns());
            }
        }
    }

    private static void addColumns(List<SearchHit> hits, String path, String label, List<Column> columns) {
        for (Column column : columns) {
            hits.add(new SearchHit(SearchHitKind.COLUMN, label + "." + column.name(), "column · " + column.type()
                    + (column.nullable() ? "" : " not null"), path + "/" + column.name(), column.name()));
        }
    }

    /** The best {@code limit} hits for {@code query}; none for a blank query. */
    public List<SearchHit> find(String query, int limit) {
        String q = query == null ? "" : query.strip().toLowerCase(Locale.ROOT);
        if (q.isEmpty()) {
            return List.of();
        }
        String[] words = q.split("\\s+");
        return hits.stream()
                .filter(h -> matchesAll(h.label().toLowerCase(Locale.ROOT), words))
                .sorted(Comparator.comparingInt((SearchHit h) -> rank(h, q))
                        .thenComparingInt(h -> h.label().length())
                        .thenComparing(SearchHit::kind)
                        .thenComparing(SearchHit::label))
                .limit(limit)
                .toList();
    }

    public int size() {
        return hits.size();
    }

    private static boolean matchesAll(String label, String[] words) {
        for (String word : words) {
            if (!label.contains(word)) {
                return false;
            }
        }
        return true;
    }

    private static int rank(SearchHit hit, String query) {
        String name = hit.name().toLowerCase(Locale.ROOT);
        if (name.equals(query) || hit.label().equalsIgnoreCase(query)) {
            return 0;
        }
        return name.startsWith(query) ? 1 : 2;
    }
}
