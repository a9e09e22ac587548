package dev.phaseshift.plan.sim;

import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;

/** The first difference between two sets of snapshots, short enough to read in a failing assertion. */
final class SnapshotDiff {
    private SnapshotDiff() {
    }

    static String first(Map<String, Snapshot> expected, Map<String, Snapshot> actual) {
        TreeSet<String> services = new TreeSet<>(expected.keySet());
        services.addAll(actual.keySet());
        for (String s : services) {
            Snapshot e = expected.get(s) == null ? null : expected.get(s).canonical();
            Snapshot a = actual.get(s) == null ? null : actual.get(s).canonical();
            if (Objects.equals(e, a)) {
                continue;
            }
            if (e == null || a == null) {
                return s + ": present on one side only";
            }
            for (Schema es : e.schemas()) {
                Schema as = a.schema(es.name()).orElse(null);
                if (as == null) {
                    return s + "." + es.name() + ": missing";
                }
                TreeSet<String> tables = new TreeSet<>();
                es.tables().forEach(t -> tables.add(t.name()));
                as.tables().forEach(t -> tables.add(t.name()));
                for (String t : tables) {
                    Table et = es.table(t).orElse(null);
                    Table at = as.table(t).orElse(null);
                    if (!Objects.equals(et, at)) {
                        if (et == null || at == null) {
                            return s + "." + t + ": expected " + (et != null) + ", actual " + (at != null);
                        }
                        return s + "." + t + ":\n columns " + et.columns() + "\n      vs " + at.columns()
                                + "\n constraints " + et.constraints() + "\n      vs " + at.constraints()
                                + "\n fks " + et.foreignKeys() + "\n      vs " + at.foreignKeys()
                                + "\n indexes " + et.indexes() + "\n      vs " + at.indexes()
                                + "\n triggers " + et.triggers() + "\n      vs " + at.triggers();
                    }
                }
                if (!Objects.equals(es.views(), as.views())) {
                    return s + " views: " + es.views().stream().map(View::name).toList() + " vs "
                            + as.views().stream().map(View::name).toList();
                }
                if (!Objects.equals(es.routines(), as.routines())) {
                    return s + " routines: " + es.routines() + " vs " + as.routines();
                }
                return s + "." + es.name() + " differs outside tables/views/routines";
            }
            return s + ": schemas differ";
        }
        return "equal";
    }
}
