package dev.phaseshift.app.wizard;

import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.Step;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;

/**
 * Inserts a pattern's phases into an existing plan: a phase whose id the plan has already gets the pattern's
 * steps, gates and deployments appended (so two renames share one expand phase); any other phase is added at the
 * end. The plan keeps its name; its services grow by the pattern's.
 */
public final class PlanAmendment {
    private PlanAmendment() {
    }

    public static Plan insert(Plan into, Plan generated) {
        List<Phase> phases = new ArrayList<>(into.phases());
        for (Phase added : generated.phases()) {
            int at = indexOf(phases, added.id());
            if (at < 0) {
                phases.add(added);
                continue;
            }
            Phase existing = phases.get(at);
            List<Step> steps = new ArrayList<>(existing.steps());
            steps.addAll(added.steps());
            List<Gate> gates = new ArrayList<>(existing.gates());
            added.gates().stream().filter(g -> !gates.contains(g)).forEach(gates::add);
            List<ConsumerDeployment> deployments = new ArrayList<>(existing.deployments());
            added.deployments().stream().filter(d -> !deployments.contains(d)).forEach(deployments::add);
            phases.set(at, new Phase(existing.id(), existing.kind(), existing.description(), existing.dependsOn(),
                    gates, steps, deployments, existing.location()));
        }
        LinkedHashSet<String> services = new LinkedHashSet<>(into.services());
        services.addAll(generated.services());
        return new Plan(into.name(), into.description(), List.copyOf(services), phases, null);
    }

    private static int indexOf(List<Phase> phases, String id) {
        for (int i = 0; i < phases.size(); i++) {
            if (phases.get(i).id().equals(id)) {
                return i;
            }
        }
        return -1;
    }
}
