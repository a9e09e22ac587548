package dev.phaseshift.plan.sim;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.compat.AssumedContracts;
import dev.phaseshift.plan.compat.CompatibilityCheck;
import dev.phaseshift.plan.compat.ConsumerLiveness;
import dev.phaseshift.plan.compat.DeploymentOrderCheck;

import java.util.List;

/**
 * Checks the estate's consumer contracts against the simulated schema after every phase: each version that is
 * live at that point must still find every table, view and column it reads or writes, and must still be able to
 * insert into the tables it writes. The compatibility matrix is the one source of these answers; this is its
 * verdict as problems (code {@code consumer-break}).
 *
 * <p>Who is live is {@link ConsumerLiveness}: a consumer the plan deploys from A to B in phase P runs A up to and
 * including the schema after P (B is rolled out onto that schema), and B from there on. A consumer the plan does
 * not deploy runs every version the estate declares, since the plan does not say which one is out there. A release
 * the plan deploys that the estate does not declare is judged by an assumed contract ({@link AssumedContracts}).
 */
public final class ConsumerCheck {
    private ConsumerCheck() {
    }

    /** {@code declared} and the contracts assumed for the undeclared releases the plan deploys. */
    public static List<Problem> check(Plan plan, SimulationResult result, List<ConsumerContract> declared) {
        List<ConsumerContract> contracts = AssumedContracts.with(plan, result, declared);
        return DeploymentOrderCheck.problems(plan, CompatibilityCheck.of(plan, result, contracts), contracts);
    }
}
