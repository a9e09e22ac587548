package dev.phaseshift.plan.undo;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.PhaseKind;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;
import dev.phaseshift.plan.op.Operation;
import dev.phaseshift.plan.sim.RollbackResult;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The undo property for one snapshot: for every table and every column, the DBA's drop plan simulates without
 * errors, every undo operation of its rollback validates, and the rolled-back schema equals the original
 * canonically, up to what the rollback's notes say it cannot restore ({@link UndoNormalisation}).
 */
final class DropUndoCheck {
    /** What one snapshot gave: how many drops were checked and what failed. */
    record Outcome(int tables, int columns, int columnsPlansCannotDrop, List<String> failures, List<Problem> notes) {
    }

    private DropUndoCheck() {
    }

    static Outcome check(Snapshot snapshot) {
        int tables = 0;
        int columns = 0;
        int cannot = 0;
        List<String> failures = new ArrayList<>();
        List<Problem> notes = new ArrayList<>();
        for (Schema s : snapshot.schemas()) {
            for (Table t : s.tables()) {
                if (!DropPlans.droppable(t)) {
                    continue;
                }
                tables++;
                roundTrip(snapshot, DropPlans.table(snapshot, s.name(), t), failures, notes);
                for (Column c : t.columns()) {
                    var plan = DropPlans.column(snapshot, s.name(), t, c.name());
                    if (plan.isEmpty()) {
                        cannot++;
                        continue;
                    }
                    columns++;
                    roundTrip(snapshot, plan.get(), failures, notes);
                }
            }
        }
        return new Outcome(tables, columns, cannot, failures, notes);
    }

    /** Simulates the plan, rolls it back, and adds what went wrong to {@code failures}; returns the rollback. */
    static RollbackResult roundTrip(Snapshot snapshot, DropPlans.DropPlan drop, List<String> failures,
                                    List<Problem> notes) {
        String service = snapshot.service();
        List<Step> steps = new ArrayList<>();
        for (Operation op : drop.operations()) {
            steps.add(Step.of("s" + (steps.size() + 1) + "-" + op.operationName(), service, op));
        }
        Plan plan = Plan.of("drop " + drop.target(), null, List.of(Phase.of("contract", PhaseKind.CONTRACT, steps)));
        SimulationResult result = Simulation.run(plan, Map.of(service, snapshot));
        String where = service + " " + drop.target() + ": ";
        result.problems().stream().filter(Problem::isError).forEach(p -> failures.add(where + "forward " + p));
        if (result.applied().size() != steps.size()) {
            failures.add(where + "only " + result.applied().size() + " of " + steps.size() + " steps applied");
            return null;
        }
        RollbackResult back = Simulation.rollBack(result, 0);
        back.problems().stream().filter(Problem::isError).forEach(p -> failures.add(where + "undo " + p));
        notes.addAll(back.problems());
        Snapshot expected = UndoNormalisation.apply(snapshot, back.problems());
        Snapshot actual = UndoNormalisation.apply(back.schemas().get(service), back.problems());
        if (!expected.equals(actual)) {
            failures.add(where + "rolled back differs: " + firstDifference(expected, actual));
        }
        return back;
    }

    static String firstDifference(Snapshot expected, Snapshot actual) {
        for (Schema es : expected.schemas()) {
            Schema as = actual.schema(es.name()).orElse(null);
            if (as == null) {
                return "schema " + es.name() + " missing";
            }
            for (Table et : es.tables()) {
                Table at = as.table(et.name()).orElse(null);
                if (!Objects.equals(et, at)) {
                    return "table " + et.name() + "\n  expected " + et + "\n  actual   " + at;
                }
            }
            if (!es.tables().equals(as.tables())) {
                return "tables " + es.tables().stream().map(Table::name).toList() + " vs "
                        + as.tables().stream().map(Table::name).toList();
            }
            if (!es.views().equals(as.views())) {
                return "views\n  expected " + es.views() + "\n  actual   " + as.views();
            }
            if (!es.equals(as)) {
                return "schema " + es.name() + "\n  expected " + es + "\n  actual   " + as;
            }
        }
        return "snapshots differ outside schemas";
    }
}
