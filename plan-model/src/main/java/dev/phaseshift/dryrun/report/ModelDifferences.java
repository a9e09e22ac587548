package dev.phaseshift.dryrun.report;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The differences between two sets of schemas, one line each, for a rollback or reversibility verdict. A column
 * that only changed position on PostgreSQL is told apart: PostgreSQL can add a column only at the end of its
 * table, so rolling back a drop restores everything but the position.
 */
final class ModelDifferences {
    private ModelDifferences() {
    }

    /** One difference, and whether it is only a column position that PostgreSQL cannot restore. */
    record Difference(String text, boolean positionOnly) {
    }

    static List<Difference> between(Map<String, Snapshot> expected, Map<String, Snapshot> actual) {
        List<Difference> out = new ArrayList<>();
        TreeSet<String> services = new TreeSet<>(expected.keySet());
        services.addAll(actual.keySet());
        for (String service : services) {
            Snapshot e = expected.get(service) == null ? null : expected.get(service).canonical();
            Snapshot a = actual.get(service) == null ? null : actual.get(service).canonical();
            if (Objects.equals(e, a)) {
                continue;
            }
            if (e == null || a == null) {
                out.add(new Difference(service + ": " + (e == null ? "unexpected service" : "service missing"), false));
                continue;
            }
            int before = out.size();
            compareNamed(service + ": ", "schema", e.schemas(), a.schemas(), Schema::name, "", out,
                    (es, as) -> compareSchema(service, e.engine(), es, as, out));
            if (out.size() == before) {
                out.add(new Difference(service + ": schema differs outside its tables, views, sequences, types and routines", false));
            }
        }
        return out;
    }

    private static void compareSchema(String service, Engine engine, Schema e, Schema a, List<Difference> out) {
        String at = service + ": ";
        compareNamed(at, "table", e.tables(), a.tables(), t -> e.name() + "." + t.name(), "", out,
                (et, as) -> compareTable(at, engine, e.name() + "." + et.name(), et, as, out));
        compareNamed(at, "view", e.views(), a.views(), v -> e.name() + "." + v.name(), "", out, null);
        compareNamed(at, "sequence", e.sequences(), a.sequences(), s -> e.name() + "." + s.name(), "", out, null);
        compareNamed(at, "type", e.enumTypes(), a.enumTypes(), t -> e.name() + "." + t.name(), "", out, null);
        compareNamed(at, "routine", e.routines(), a.routines(), r -> e.name() + "." + r.name(), "", out, null);
    }

    private static void compareTable(String at, Engine engine, String table, Table e, Table a,
                                     List<Difference> out) {
        int before = out.size();
        String of = " of \"" + table + "\"";
        compareNamed(at, "column", e.columns(), a.columns(), Column::name, of, out, (ec, ac) -> {
            if (!ec.withOrdinal(0).equals(ac.withOrdinal(0))) {
                out.add(new Difference(at + "column \"" + ec.name() + "\"" + of + " differs", false));
            }
        });
        if (out.size() == before) {
            // every later column shifts when one moves, so only those out of the common order are named
            for (Column moved : outOfOrder(e.columns(), a.columns())) {
                int from = e.column(moved.name()).map(Column::ordinal).orElse(0);
                out.add(new Difference(at + "column \"" + moved.name() + "\"" + of + " moved from position " + from
                        + " to " + moved.ordinal(), engine == Engine.POSTGRESQL));
            }
        }
        compareNamed(at, "constraint", e.constraints(), a.constraints(), c -> c.name(), of, out, null);
        compareNamed(at, "foreign key", e.foreignKeys(), a.foreignKeys(), k -> k.name(), of, out, null);
        compareNamed(at, "index", e.indexes(), a.indexes(), i -> i.name(), of, out, null);
        compareNamed(at, "trigger", e.triggers(), a.triggers(), t -> t.name(), of, out, null);
        if (out.size() == before) {
            out.add(new Difference(at + "table \"" + table + "\" differs (storage, partitions, comment or statistics)", false));
        }
    }

    /** The columns of {@code actual} outside a longest subsequence in the same order as {@code expected}. */
    private static List<Column> outOfOrder(List<Column> expected, List<Column> actual) {
        List<String> e = expected.stream().sorted(java.util.Comparator.comparingInt(Column::ordinal))
                .map(Column::name).toList();
        List<Column> a = actual.stream().sorted(java.util.Comparator.comparingInt(Column::ordinal)).toList();
        int[][] common = new int[e.size() + 1][a.size() + 1];
        for (int i = e.size() - 1; i >= 0; i--) {
            for (int j = a.size() - 1; j >= 0; j--) {
                common[i][j] = e.get(i).equals(a.get(j).name()) ? common[i + 1][j + 1] + 1
                        : Math.max(common[i + 1][j], common[i][j + 1]);
            }
        }
        List<Column> moved = new ArrayList<>();
        int i = 0;
        int j = 0;
        while (j < a.size()) {
            if (i < e.size() && e.get(i).equals(a.get(j).name())) {
                i++;
                j++;
            } else if (i < e.size() && common[i + 1][j] >= common[i][j + 1]) {
                i++;
            } else {
                moved.add(a.get(j++));
            }
        }
        return moved;
    }

    private interface Pair<T> {
        void compare(T expected, T actual);
    }

    /**
     * Matches two lists by name: what is missing, what is unexpected, and for a name on both sides either the
     * given comparison or one "differs" line.
     */
    private static <T> void compareNamed(String at, String what, List<T> expected, List<T> actual,
                                         Function<T, String> name, String of, List<Difference> out, Pair<T> both) {
        Map<String, T> e = byName(expected, name);
        Map<String, T> a = byName(actual, name);
        TreeSet<String> names = new TreeSet<>(e.keySet());
        names.addAll(a.keySet());
        for (String n : names) {
            T x = e.get(n);
            T y = a.get(n);
            if (Objects.equals(x, y)) {
                continue;
            }
            String label = at + what + " \"" + n + "\"" + of;
            if (y == null) {
                out.add(new Difference(label + " missing", false));
            } else if (x == null) {
                out.add(new Difference(label + " unexpected", false));
            } else if (both != null) {
                both.compare(x, y);
            } else {
                out.add(new Difference(label + " differs", false));
            }
        }
    }

    private static <T> Map<String, T> byName(List<T> items, Function<T, String> name) {
        Map<String, T> out = new LinkedHashMap<>();
        items.forEach(i -> out.putIfAbsent(name.apply(i), i));
        return out;
    }

    static Optional<String> positionNote(List<Difference> differences) {
        return differences.isEmpty() ? Optional.empty() : Optional.of((differences.size() == 1
                ? "1 column is back at the end of its table" : differences.size()
                + " columns are back at the end of their tables") + ": PostgreSQL cannot add a column elsewhere");
    }
}
