package dev.phaseshift.lock;

import dev.phaseshift.plan.sql.RenderedSql;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The locks and work of one step, statement by statement.
 *
 * @param sharedTransactions whether consecutive transactional statements share one transaction, so a lock taken
 *                           by one is held until the last of them commits (PostgreSQL; MySQL commits each DDL)
 */
public record StepLocks(String phaseId, String stepId, String service, List<StatementLocks> statements,
                        boolean sharedTransactions) {
    public StepLocks {
        Objects.requireNonNull(stepId, "stepId");
        statements = List.copyOf(statements);
    }

    /** Estimated duration of the whole step; NaN when a statement's is unknown. */
    public double seconds() {
        return statements.stream().mapToDouble(StatementLocks::seconds).sum();
    }

    /** For how long each table's writers wait, locks held to the end of their transaction counted. */
    public Map<String, Double> writesBlocked() {
        return blocked(true);
    }

    public Map<String, Double> readsBlocked() {
        return blocked(false);
    }

    private Map<String, Double> blocked(boolean writes) {
        Map<String, Double> out = new LinkedHashMap<>();
        for (List<StatementLocks> group : transactions()) {
            double seconds = group.stream().mapToDouble(StatementLocks::seconds).sum();
            group.stream().flatMap(s -> s.locks().stream())
                    .filter(l -> writes ? l.blocksWrites() : l.blocksReads())
                    .map(TableLock::table).distinct()
                    .forEach(t -> out.merge(t, seconds, Double::sum));
        }
        return out;
    }

    /** The statements grouped by the transaction they run in. */
    List<List<StatementLocks>> transactions() {
        List<List<StatementLocks>> out = new ArrayList<>();
        List<StatementLocks> open = new ArrayList<>();
        for (StatementLocks s : statements) {
            boolean joins = sharedTransactions && s.statement().mode() == RenderedSql.Mode.TRANSACTIONAL;
            if (!joins) {
                if (!open.isEmpty()) {
                    out.add(open);
                    open = new ArrayList<>();
                }
                out.add(List.of(s));
            } else {
                open.add(s);
            }
        }
        if (!open.isEmpty()) {
            out.add(open);
        }
        return out;
    }

    /** The strongest lock the step takes on each table. */
    public List<TableLock> strongestLocks() {
        Map<String, TableLock> out = new LinkedHashMap<>();
        statements.stream().flatMap(s -> s.locks().stream())
                .forEach(l -> out.merge(l.table(), l, (a, b) -> b.strength() > a.strength() ? b : a));
        return List.copyOf(out.values());
    }

    /** {@code " under SHARE UPDATE EXCLUSIVE"}; nothing for a bare MySQL metadata lock, which says nothing new. */
    static String under(TableLock lock) {
        return lock == null || lock.strength() < 0 ? "" : " under " + lock.mode();
    }

    public List<StatementLocks> notUnderstood() {
        return statements.stream().filter(s -> !s.understood()).toList();
    }

    /**
     * {@code step add-x (orders): ACCESS EXCLUSIVE on public.orders, metadata only, ~0 s}; heavy work is told
     * with its row count and the lock it runs under, writes blocked for longer than a moment with their time.
     */
    public String summary() {
        List<String> parts = new ArrayList<>();
        List<TableLock> locks = strongestLocks();
        if (!locks.isEmpty()) {
            parts.add(String.join(", ", locks.stream().map(l -> l.mode() + " on " + l.table()).toList()));
        }
        List<String> work = new ArrayList<>();
        for (StatementLocks s : statements) {
            if (s.effect().touchesRows() && (s.rows() == null || s.rows() > 0)) {
                TableLock under = s.effectLock();
                work.add(s.effect().verb() + " " + Throughput.rows(s.rows()) + " rows" + under(under));
            }
        }
        if (work.isEmpty() && !locks.isEmpty()) {
            work.add("metadata only");
        }
        parts.addAll(work.stream().distinct().toList());
        if (!notUnderstood().isEmpty()) {
            parts.add(notUnderstood().size() + " statement" + (notUnderstood().size() == 1 ? "" : "s")
                    + " not understood");
        }
        if (parts.isEmpty()) {
            parts.add("no table locks");
        }
        return "step " + stepId + " (" + service + "): " + String.join(", ", parts) + ", "
                + Throughput.duration(seconds());
    }
}
