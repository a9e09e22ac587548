package dev.phaseshift.plan.sim;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.TableAccess;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.View;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Checks the estate's consumer contracts against the simulated schema after every phase: each version that is
 * live at that point must still find every table, view and column it reads or writes.
 *
 * <p>Who is live: a consumer the plan deploys from A to B in phase P runs A up to and including the schema after
 * P (B is rolled out onto that schema), and B from there on. A consumer the plan does not deploy runs every
 * version the estate declares, since the plan does not say which one is out there.
 */
public final class ConsumerCheck {
    private ConsumerCheck() {
    }

    public static List<Problem> check(Plan plan, SimulationResult result, List<ConsumerContract> contracts) {
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (int k = 0; k <= result.phases().size(); k++) {
            Map<String, Snapshot> state = result.after(k);
            String when = k == 0 ? "before the plan" : "after phase \"" + result.phases().get(k - 1).phaseId() + "\"";
            for (ConsumerContract contract : contracts) {
                if (!live(plan, contract, k)) {
                    continue;
                }
                for (TableAccess access : contract.reads()) {
                    check(contract, access, "reads", state, when, reported, problems);
                }
                for (TableAccess access : contract.writes()) {
                    check(contract, access, "writes", state, when, reported, problems);
                }
            }
        }
        return problems;
    }

    static boolean live(Plan plan, ConsumerContract contract, int k) {
        for (int i = 0; i < plan.phases().size(); i++) {
            for (ConsumerDeployment d : plan.phases().get(i).deployments()) {
                if (d.service().equals(contract.service())) {
                    int phase = i + 1;
                    if (contract.version().equals(d.from())) {
                        return k <= phase;
                    }
                    if (contract.version().equals(d.to())) {
                        return k >= phase;
                    }
                    return false;
                }
            }
        }
        return true;
    }

    private static void check(ConsumerContract contract, TableAccess access, String verb, Map<String, Snapshot> state,
                              String when, Set<String> reported, List<Problem> problems) {
        var name = access.relation();
        Snapshot snapshot = state.get(name.service());
        if (snapshot == null) {
            return;
        }
        Optional<Table> table = snapshot.table(name.schema(), name.relation());
        Optional<View> view = snapshot.view(name.schema(), name.relation());
        String who = contract.service() + " " + contract.version();
        if (table.isEmpty() && view.isEmpty()) {
            add(problems, reported, who + "|" + name, Problem.error("consumer-break", when + ", " + who + " " + verb
                    + " \"" + name + "\", which no longer exists", "keep it until " + who + " is replaced",
                    access.location()));
            return;
        }
        List<Column> columns = table.map(Table::columns).orElseGet(() -> view.get().columns());
        if (columns.isEmpty()) {
            return;
        }
        for (String column : access.columns()) {
            if (columns.stream().noneMatch(c -> c.name().equals(column))) {
                add(problems, reported, who + "|" + name + "." + column, Problem.error("consumer-break", when + ", "
                        + who + " " + verb + " column \"" + column + "\" of \"" + name + "\", which no longer exists",
                        "keep it until " + who + " is replaced; deploy the replacement in an earlier phase",
                        access.location()));
            }
        }
    }

    private static void add(List<Problem> problems, Set<String> reported, String key, Problem problem) {
        if (reported.add(key)) {
            problems.add(problem);
        }
    }
}
