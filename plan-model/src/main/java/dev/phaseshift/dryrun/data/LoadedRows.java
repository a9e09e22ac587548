package dev.phaseshift.dryrun.data;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The rows put into each table of a shadow, by qualified table name ({@code public.orders}), in fill order. */
public record LoadedRows(Map<String, Long> rowsByTable) {
    public LoadedRows {
        rowsByTable = Collections.unmodifiableMap(new LinkedHashMap<>(rowsByTable));
    }

    public long total() {
        return rowsByTable.values().stream().mapToLong(Long::longValue).sum();
    }
}
