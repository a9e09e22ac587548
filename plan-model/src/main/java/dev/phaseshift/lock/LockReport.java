package dev.phaseshift.lock;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The lock model for people and programs: text (a summary line per phase, then a line per step) and a tree of
 * maps and lists for {@link dev.phaseshift.text.JsonText}.
 */
public final class LockReport {
    private LockReport() {
    }

    /** Per phase its summary, then its steps indented, then any statement not understood. */
    public static String text(List<PhaseLocks> phases) {
        StringBuilder out = new StringBuilder();
        for (PhaseLocks phase : phases) {
            out.append(phase.summary()).append('\n');
            for (StepLocks step : phase.steps()) {
                out.append("  ").append(step.summary()).append('\n');
                for (StatementLocks s : step.notUnderstood()) {
                    out.append("    not understood (").append(s.note()).append("): ")
                            .append(s.statement().text()).append('\n');
                }
            }
        }
        return out.toString();
    }

    /** {@code {"phases": [{"id", "summary", "writesBlocked", "steps": [{..., "statements": [...]}]}]}}. */
    public static Map<String, Object> toJson(List<PhaseLocks> phases) {
        List<Object> list = new ArrayList<>();
        for (PhaseLocks phase : phases) {
            Map<String, Object> p = new LinkedHashMap<>();
            p.put("id", phase.phaseId());
            p.put("summary", phase.summary());
            p.put("writesBlocked", seconds(phase.writesBlocked()));
            p.put("readsBlocked", seconds(phase.readsBlocked()));
            p.put("seconds", number(phase.seconds()));
            List<Object> steps = new ArrayList<>();
            for (StepLocks step : phase.steps()) {
                Map<String, Object> s = new LinkedHashMap<>();
                s.put("id", step.stepId());
                s.put("service", step.service());
                s.put("summary", step.summary());
                s.put("seconds", number(step.seconds()));
                s.put("statements", step.statements().stream().map(LockReport::statement).toList());
                steps.add(s);
            }
            p.put("steps", steps);
            list.add(p);
        }
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("phases", list);
        return out;
    }

    private static Map<String, Object> statement(StatementLocks s) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("sql", s.statement().text());
        out.put("mode", s.statement().mode().name().toLowerCase());
        List<Object> locks = new ArrayList<>();
        for (TableLock l : s.locks()) {
            Map<String, Object> lock = new LinkedHashMap<>();
            lock.put("table", l.table());
            lock.put("mode", l.mode());
            lock.put("blocksWrites", l.blocksWrites());
            lock.put("blocksReads", l.blocksReads());
            locks.add(lock);
        }
        out.put("locks", locks);
        out.put("effect", s.effect().name().toLowerCase());
        out.put("table", s.effectTable());
        out.put("rows", s.rows());
        out.put("seconds", number(s.seconds()));
        out.put("algorithm", s.algorithm() == null ? null : s.algorithm().name());
        out.put("note", s.note());
        return out;
    }

    private static Map<String, Object> seconds(Map<String, Double> tables) {
        Map<String, Object> out = new LinkedHashMap<>();
        tables.forEach((t, d) -> out.put(t, number(d)));
        return out;
    }

    /** Seconds to a tenth; null when unknown. */
    private static Double number(double seconds) {
        return Double.isNaN(seconds) ? null : Math.round(seconds * 10) / 10.0;
    }
}
