package dev.phaseshift.dryrun.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The rows put into each table of a shadow, by qualified table name ({@code public.orders}), in fill order.
 *
 * @param skipped why tables got no rows or fewer than asked for ({@code table "public.x": ...}); loading goes on
 *                without them rather than failing the dry-run
 */
public record LoadedRows(Map<String, Long> rowsByTable, List<String> skipped) {
    public LoadedRows {
        rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
        skipped = List.copyOf(skipped);
    }

    public LoadedRows(Map<String, Long> rowsByTable) {
        this(rowsByTable, List.of());
    }

    public long total() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
