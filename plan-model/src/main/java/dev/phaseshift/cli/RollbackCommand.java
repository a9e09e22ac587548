package dev.phaseshift.cli;

import dev.phaseshift.runner.PlanRunner;
import dev.phaseshift.runner.RunOutcome;
import dev.phaseshift.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;

/** {@code phaseshift rollback}: undoes the done steps of one phase, last first, journalled. */
@Command(name = "rollback", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift rollback PLAN --estate FILE --phase ID [--service NAME]... [--yes]",
                "    [--format text|json]"},
        description = {"Roll back one phase of a plan: the inverse of each done step (or the step's explicit "
                + "rollback:), last step first, each journalled; the steps are then marked rolled_back and the phase "
                + "can be applied again. A phase after it with done steps must be rolled back first. Asks for "
                + "confirmation on a terminal; --yes confirms. Backfills and verifications have nothing to undo; a "
                + "dropped column comes back empty.",
                "%nWith --service, only that service's done steps of the phase are undone and only its journal marks "
                        + "the phase rolled back; a later phase with done steps on any service still has to be "
                        + "rolled back first.%n"},
        footer = {"%nExit codes:", "  0  the phase is rolled back", "  1  an undo failed, or it was not confirmed",
                "  2  bad arguments or input", "  3  a database cannot be reached"})
public final class RollbackCommand implements Callable<Integer> {
    @Mixin
    RunInputs inputs;

    @Option(names = "--phase", required = true, paramLabel = "ID", description = "The phase to roll back.")
    String phase;

    @Option(names = "--service", paramLabel = "NAME", description = "Roll back only this service's steps of the "
            + "phase. Repeatable; default: every service the phase touches.")
    List<String> services = new ArrayList<>();

    @Option(names = "--yes", description = "Confirm without asking.")
    boolean yes;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "What standard output gets: text or json. Default: text.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "rollback: --format must be text or json, not \"" + format
                    + "\"");
        }
        PrintWriter err = spec.commandLine().getErr();
        RunOutcome outcome;
        try {
            outcome = PlanRunner.rollback(inputs.request("rollback").withPhase(phase, false, yes)
                            .withServices(services),
                    RunProgress.forCommand(err, format));
        } catch (RunnerException e) {
            throw RunInputs.failure("rollback", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? RunOutput.json(outcome) : RunOutput.text(outcome));
        out.flush();
        return outcome.ok() ? ExitCode.OK : ExitCode.FINDINGS;
    }
}
