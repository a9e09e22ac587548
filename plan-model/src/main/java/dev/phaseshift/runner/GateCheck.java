package dev.phaseshift.runner;

import dev.phaseshift.estate.ConsumerContract;
import dev.phaseshift.estate.DeploymentCheck;
import dev.phaseshift.plan.DeploymentWait;
import dev.phaseshift.plan.Gate;
import dev.phaseshift.plan.ManualApproval;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.plan.VerificationGate;
import dev.phaseshift.plan.sql.RenderedSql;

import java.util.List;
import java.util.Map;

/**
 * Whether a phase's gate lets it run, and how it was passed (for the journal): a person's approval ({@code --yes}
 * or the terminal), a verification query, or a consumer's deployment ({@code --deployed}, or the consumer
 * contract's {@code deployed_check}).
 */
final class GateCheck {
    private final RunRequest request;
    private final Map<String, Target> targets;
    private final RunListener listener;

    GateCheck(RunRequest request, Map<String, Target> targets, RunListener listener) {
        this.request = request;
        this.targets = targets;
        this.listener = listener;
    }

    /** How the gate was passed, or null when it holds the phase back. */
    String pass(Phase phase, Gate gate) throws RunnerException {
        String who = request.identity().osUser() + "@" + request.identity().host();
        if (gate instanceof ManualApproval m) {
            if (request.yes()) {
                return "manual approval (" + m.description() + ") given with --yes by " + who;
            }
            Boolean answer = request.approver().ask("phase \"" + phase.id() + "\" needs approval: " + m.description()
                    + ". Approve? [y/N] ");
            return Boolean.TRUE.equals(answer) ? "manual approval (" + m.description() + ") given at the terminal by "
                    + who : null;
        }
        if (gate instanceof VerificationGate v) {
            String error = verify(v.service(), v.query());
            return error == null ? "verification on " + v.service() + " returned true: " + v.query() : null;
        }
        if (gate instanceof DeploymentWait w) {
            if (w.version().equals(request.deployed().get(w.service()))) {
                return w.service() + " " + w.version() + " is deployed (--deployed " + w.service() + "="
                        + w.version() + ")";
            }
            DeploymentCheck check = request.estate().definition().consumer(w.service(), w.version())
                    .map(ConsumerContract::deployedCheck).orElse(null);
            if (check == null) {
                return null;
            }
            if (check.query() != null) {
                String error = verify(check.service(), check.query());
                return error == null ? w.service() + " " + w.version() + " is deployed (deployed_check on "
                        + check.service() + " returned true)" : null;
            }
            return CommandCheck.passes(check.command(), listener)
                    ? w.service() + " " + w.version() + " is deployed (deployed_check command exited 0)" : null;
        }
        throw new IllegalStateException("unknown gate " + gate);
    }

    static String stopReason(Phase phase, Gate gate) {
        if (gate instanceof ManualApproval m) {
            return "phase \"" + phase.id() + "\" waits for manual approval (" + m.description()
                    + "): pass --yes to approve it";
        }
        if (gate instanceof VerificationGate v) {
            return "phase \"" + phase.id() + "\" waits for its verification on \"" + v.service()
                    + "\" to return true: " + v.query();
        }
        DeploymentWait w = (DeploymentWait) gate;
        return "phase \"" + phase.id() + "\" waits for " + w.service() + " " + w.version() + " to be deployed: pass "
                + "--deployed " + w.service() + "=" + w.version() + " once it is, or give its consumer contract a "
                + "deployed_check (docs/runner.md)";
    }

    /** Null when the query returned true on the service, else why not. */
    private String verify(String service, String query) {
        Target t = targets.get(service);
        if (t == null) {
            throw new IllegalStateException("no target for " + service);
        }
        StatementBatch.Outcome o = new StatementBatch(t.steps(), t.engine(), request.statementTimeout(),
                System::currentTimeMillis, () -> false).run(List.of(RenderedSql.mustReturnTrue(query)));
        if (!o.ok()) {
            listener.message("verification on " + service + " did not pass: " + o.error());
        }
        return o.ok() ? null : o.error();
    }
}
