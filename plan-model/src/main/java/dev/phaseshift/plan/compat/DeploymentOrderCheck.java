package dev.phaseshift.plan.compat;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The plan's consumer breaks as problems: a version live at a state must be compatible with it. Each break is
 * reported once, at the first state where it matters, with what to move: the step that removes something an
 * old version still reads, or the deployment of a new version placed before the phase that creates what it
 * needs.
 */
public final class DeploymentOrderCheck {
    public static final String CODE = "consumer-break";

    private DeploymentOrderCheck() {
    }

    public static List<Problem> problems(Plan plan, CompatibilityMatrix matrix, List<ConsumerContract> contracts) {
        ConsumerLiveness liveness = new ConsumerLiveness(plan, contracts);
        List<Problem> problems = new ArrayList<>();
        Set<String> reported = new LinkedHashSet<>();
        for (ConsumerContract contract : contracts) {
            List<MatrixCell> row = matrix.row(contract.label());
            for (int k = 0; k < row.size(); k++) {
                MatrixCell cell = row.get(k);
                if (!cell.broken()) {
                    continue;
                }
                for (ConsumerBreak b : cell.breaks()) {
                    if (reported.add(b.label() + "|" + b.kind() + "|" + b.object())) {
                        problems.add(problem(liveness, contract, k, cell.state(), b));
                    }
                }
            }
        }
        return problems;
    }

    private static Problem problem(ConsumerLiveness liveness, ConsumerContract contract, int state, String stateId,
                                   ConsumerBreak b) {
        String when = state == 0 ? "before the plan" : "after phase \"" + stateId + "\"";
        String label = contract.label();
        Optional<ConsumerLiveness.Placed> in = liveness.introduction(contract);
        Optional<ConsumerLiveness.Placed> out = liveness.replacement(contract);
        String life;
        String help;
        if (in.isPresent() && (b.pending() || in.get().state() == state)) {
            life = label + " is deployed in phase \"" + in.get().phaseId() + "\"";
            help = b.pending() ? "deploy " + label + " in phase \"" + b.phaseId() + "\" or later"
                    : "keep " + b.object() + " while " + label + " runs, or deploy a version that does not use it";
        } else if (out.isPresent()) {
            String next = out.get().deployment().to();
            life = label + " runs until phase \"" + out.get().phaseId() + "\", where "
                    + contract.service() + " " + next + " replaces it";
            help = (b.stepId() == null || b.pending() ? "" : "move step \"" + b.stepId()
                    + "\" to a phase after \"" + out.get().phaseId() + "\", or ")
                    + "deploy " + contract.service() + " " + next + " in an earlier phase";
        } else if (b.pending()) {
            life = "the plan does not deploy " + contract.service() + ", so " + label + " runs throughout";
            help = "create it before the plan, or deploy " + label + " in phase \"" + b.phaseId() + "\" or later";
        } else {
            life = "the plan does not deploy " + contract.service() + ", so " + label + " runs throughout";
            help = "keep it until " + label + " is replaced: deploy its successor in an earlier phase";
        }
        String assumed = contract.assumed() ? " (" + label + " is not declared in the estate: assumed to use what "
                + contract.assumedFrom() + " uses, under the plan's renames and moves)" : "";
        return Problem.error(CODE, when + ", " + b.reason() + "; " + life + assumed, help, b.location());
    }
}
