package dev.phaseshift.lock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/** The locks and work of one phase: its steps, and the sum per table. */
public record PhaseLocks(String phaseId, List<StepLocks> steps) {
    public PhaseLocks {
        Objects.requireNonNull(phaseId, "phaseId");
        steps = List.copyOf(steps);
    }

    public Map<String, Double> writesBlocked() {
        Map<String, Double> out = new LinkedHashMap<>();
        steps.forEach(s -> s.writesBlocked().forEach((t, d) -> out.merge(t, d, Double::sum)));
        return out;
    }

    public Map<String, Double> readsBlocked() {
        Map<String, Double> out = new LinkedHashMap<>();
        steps.forEach(s -> s.readsBlocked().forEach((t, d) -> out.merge(t, d, Double::sum)));
        return out;
    }

    public double seconds() {
        return steps.stream().mapToDouble(StepLocks::seconds).sum();
    }

    /**
     * {@code phase expand: blocks writes on orders for ~0 s; scans 12 M rows of orders under SHARE UPDATE
     * EXCLUSIVE}: which tables' writers (and readers) wait and for how long, then the row work and its lock.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        Map<String, Double> writes = writesBlocked();
        Map<String, Double> reads = readsBlocked();
        boolean locks = steps.stream().anyMatch(s -> !s.strongestLocks().isEmpty());
        parts.add(!locks ? "takes no table locks" : writes.isEmpty() ? "blocks no writes"
                : "blocks writes on " + durations(writes, reads));
        Map<String, Long> work = new LinkedHashMap<>();
        Map<String, Boolean> unknownRows = new LinkedHashMap<>();
        for (StepLocks step : steps) {
            for (StatementLocks s : step.statements()) {
                if (!s.effect().touchesRows() || s.rows() != null && s.rows() == 0) {
                    continue;
                }
                TableLock under = s.effectLock();
                String key = s.effect().verb() + "\u0000" + bare(s.effectTable()) + "\u0000"
                        + StepLocks.under(under);
                work.merge(key, s.rows() == null ? 0 : s.rows(), Long::sum);
                if (s.rows() == null) {
                    unknownRows.put(key, true);
                }
            }
        }
        work.forEach((key, rows) -> {
            String[] k = key.split("\u0000", -1);
            parts.add(k[0] + " " + Throughput.rows(unknownRows.containsKey(key) ? null : rows) + " rows of " + k[1]
                    + k[2]);
        });
        long unknown = steps.stream().mapToLong(s -> s.notUnderstood().size()).sum();
        if (unknown > 0) {
            parts.add(unknown + " statement" + (unknown == 1 ? "" : "s") + " not understood");
        }
        return "phase " + phaseId + ": " + String.join("; ", parts);
    }

    private static String durations(Map<String, Double> tables, Map<String, Double> reads) {
        List<String> out = new ArrayList<>();
        tables.forEach((t, d) -> out.add(bare(t) + " for " + Throughput.duration(d)
                + (reads.containsKey(t) ? " (reads too)" : "")));
        return String.join(", ", out);
    }

    /** {@code orders} for {@code public.orders}: phase lines stay short, step lines qualify. */
    private static String bare(String table) {
        return table == null ? "?" : table.substring(table.lastIndexOf('.') + 1);
    }
}
