package dev.phaseshift.plan.compat;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.Plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which consumer versions run against the schema at each state of a plan (state 0: before the plan, state k:
 * after its k-th phase).
 *
 * <p>A consumer the plan deploys from A to B in phase P runs A up to and including the schema after P (B is
 * rolled out onto that schema, so both run on it) and B from there on; a later deployment of the same service
 * continues from B. Before its first deployment a service runs the deployment's {@code from} version, or, when
 * that is not given, every declared version the plan does not deploy to. A consumer the plan does not deploy
 * runs every version the estate declares, since the plan does not say which one is out there.
 */
public final class ConsumerLiveness {
    private final Plan plan;
    private final List<ConsumerContract> contracts;

    public ConsumerLiveness(Plan plan, List<ConsumerContract> contracts) {
        this.plan = plan;
        this.contracts = List.copyOf(contracts);
    }

    /** Whether {@code contract}'s version runs against the schema at {@code state}. */
    public boolean live(ConsumerContract contract, int state) {
        return versionsAt(contract.service(), state).contains(contract.version());
    }

    /** The last state at which the version runs, or empty when it never does. */
    public Optional<Integer> lastLiveState(ConsumerContract contract) {
        Integer last = null;
        for (int k = 0; k <= plan.phases().size(); k++) {
            if (live(contract, k)) {
                last = k;
            }
        }
        return Optional.ofNullable(last);
    }

    /** The deployment that moves the version's service away from it, with its phase, if the plan has one. */
    public Optional<Placed> replacement(ConsumerContract contract) {
        for (Placed placed : deployments(contract.service())) {
            if (contract.version().equals(placed.deployment().from())) {
                return Optional.of(placed);
            }
        }
        return Optional.empty();
    }

    /** The deployment that brings the version in, with its phase, if the plan has one. */
    public Optional<Placed> introduction(ConsumerContract contract) {
        return deployments(contract.service()).stream()
                .filter(p -> contract.version().equals(p.deployment().to())).findFirst();
    }

    private Set<String> versionsAt(String service, int state) {
        List<Placed> deployments = deployments(service);
        Set<String> running = new LinkedHashSet<>();
        if (deployments.isEmpty()) {
            contracts.stream().filter(c -> c.service().equals(service)).forEach(c -> running.add(c.version()));
            return running;
        }
        String first = deployments.get(0).deployment().from();
        if (first != null) {
            running.add(first);
        } else {
            Set<String> deployedTo = new LinkedHashSet<>();
            deployments.forEach(p -> deployedTo.add(p.deployment().to()));
            contracts.stream().filter(c -> c.service().equals(service) && !deployedTo.contains(c.version()))
                    .forEach(c -> running.add(c.version()));
        }
        for (Placed placed : deployments) {
            if (placed.state() < state) {
                running.clear();
                running.add(placed.deployment().to());
            } else if (placed.state() == state) {
                running.add(placed.deployment().to());
            }
        }
        return running;
    }

    private List<Placed> deployments(String service) {
        List<Placed> out = new ArrayList<>();
        for (int i = 0; i < plan.phases().size(); i++) {
            Phase phase = plan.phases().get(i);
            for (ConsumerDeployment d : phase.deployments()) {
                if (d.service().equals(service)) {
                    out.add(new Placed(d, i + 1, phase.id()));
                }
            }
        }
        return out;
    }

    /**
     * A deployment and where the plan puts it.
     *
     * @param state the state it is rolled out onto: the index of its phase, 1-based
     */
    public record Placed(ConsumerDeployment deployment, int state, String phaseId) {
    }
}
