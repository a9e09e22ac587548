package dev.phaseshift.cli;

import dev.phaseshift.runner.PlanStatus;
import dev.phaseshift.runner.RunOutcome;
import dev.phaseshift.runner.StepResult;
import dev.phaseshift.text.JsonText;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Apply, rollback and status results as text for people and JSON for pipelines. */
final class RunOutput {
    private RunOutput() {
    }

    static String text(RunOutcome o) {
        StringBuilder out = new StringBuilder();
        out.append(o.action()).append(" of phase \"").append(o.phase()).append("\" of plan \"").append(o.planName())
                .append("\": ");
        if (o.alreadyDone()) {
            return out.append("already done, nothing ran\n").toString();
        }
        out.append(o.ok() ? "done" : "FAILED").append('\n');
        o.gates().forEach(g -> out.append("  gate: ").append(g).append('\n'));
        for (StepResult r : o.steps()) {
            String state = r.status() == null ? r.skipped() : r.status().stored().replace('_', ' ');
            out.append(String.format("  %-14s %-52s %s", r.service(), r.stepId(), state));
            if (r.status() != null) {
                out.append(" (").append(r.millis()).append(" ms").append(r.rowsDone() > 0 ? ", " + r.rowsDone()
                        + " rows" : "").append(r.attempt() > 1 ? ", attempt " + r.attempt() : "").append(')');
            }
            out.append('\n');
            if (r.detail() != null) {
                r.detail().lines().forEach(l -> out.append("      ").append(l).append('\n'));
            }
        }
        if (o.rollbackCommand() != null) {
            out.append("the journal records the failure; to undo what ran:\n  ").append(o.rollbackCommand())
                    .append('\n');
        }
        return out.toString();
    }

    static String json(RunOutcome o) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("action", o.action());
        root.put("plan", o.planName());
        root.put("phase", o.phase());
        root.put("ok", o.ok());
        root.put("alreadyDone", o.alreadyDone());
        root.put("gates", o.gates());
        List<Object> steps = new ArrayList<>();
        for (StepResult r : o.steps()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("service", r.service());
            s.put("step", r.stepId());
            s.put("status", r.status() == null ? "skipped" : r.status().stored());
            s.put("skipped", r.skipped());
            s.put("attempt", r.attempt());
            s.put("millis", r.millis());
            s.put("rows", r.rowsDone());
            s.put("error", r.detail());
            steps.add(s);
        }
        root.put("steps", steps);
        root.put("rollbackCommand", o.rollbackCommand());
        return JsonText.write(root);
    }

    static String text(PlanStatus status) {
        StringBuilder out = new StringBuilder("plan \"" + status.planName() + "\"\n");
        String phase = null;
        for (PlanStatus.PhaseState p : status.phases()) {
            if (!p.phase().equals(phase)) {
                phase = p.phase();
                out.append("phase ").append(phase).append('\n');
                for (PlanStatus.PhaseState q : status.phases()) {
                    if (q.phase().equals(phase)) {
                        out.append("  ").append(q.service()).append(": ").append(q.state()).append('\n');
                    }
                }
                for (PlanStatus.StepState s : status.steps()) {
                    if (s.phase().equals(phase)) {
                        out.append(String.format("    %-14s %-52s %s", s.service(), s.stepId(), s.state()));
                        List<String> notes = new ArrayList<>();
                        if (s.attempt() > 1) {
                            notes.add("attempt " + s.attempt());
                        }
                        if (s.rowsDone() > 0 || s.highWater() != null) {
                            notes.add(s.rowsDone() + " rows" + (s.highWater() == null ? "" : ", up to key "
                                    + s.highWater()));
                        }
                        if (s.by() != null && !s.state().equals("not started")) {
                            notes.add("by " + s.by() + " since " + s.since());
                        }
                        if (s.changed()) {
                            notes.add("CHANGED since it ran");
                        }
                        if (!notes.isEmpty()) {
                            out.append(" (").append(String.join("; ", notes)).append(')');
                        }
                        out.append('\n');
                        if (s.state().equals("failed") && s.detail() != null) {
                            s.detail().lines().forEach(l -> out.append("        ").append(l).append('\n'));
                        }
                    }
                }
            }
        }
        return out.toString();
    }

    static String json(PlanStatus status) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", status.planName());
        List<Object> phases = new ArrayList<>();
        for (PlanStatus.PhaseState p : status.phases()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", p.phase());
            m.put("service", p.service());
            m.put("state", p.state());
            phases.add(m);
        }
        root.put("phases", phases);
        List<Object> steps = new ArrayList<>();
        for (PlanStatus.StepState s : status.steps()) {
            Map<String, Object> m = new LinkedHashMap<>();
            m.put("phase", s.phase());
            m.put("service", s.service());
            m.put("step", s.stepId());
            m.put("operation", s.operation());
            m.put("state", s.state());
            m.put("attempt", s.attempt());
            m.put("by", s.by());
            m.put("since", s.since());
            m.put("rowsDone", s.rowsDone());
            m.put("highWater", s.highWater());
            m.put("error", s.state().equals("failed") ? s.detail() : null);
            m.put("changed", s.changed());
            steps.add(m);
        }
        root.put("steps", steps);
        return JsonText.write(root);
    }
}
