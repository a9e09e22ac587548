package dev.phaseshift.cli;

import dev.phaseshift.runner.PlanRunner;
import dev.phaseshift.runner.PlanStatus;
import dev.phaseshift.runner.RunnerException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

/** {@code phaseshift status}: what the journals say about a plan, per service and phase. */
@Command(name = "status", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift status PLAN --estate FILE [--format text|json]"},
        description = {"Show, per phase and service, which steps of a plan are done, running (and by whom), "
                + "interrupted (journalled as running by a runner that is gone), failed or rolled back, with each "
                + "backfill's rows done and high-water mark, read from the journals. Creates nothing and takes no "
                + "lock.%n"},
        footer = {"%nExit codes:", "  0  the status was read", "  2  bad arguments or input",
                "  3  a database cannot be reached"})
public final class StatusCommand implements Callable<Integer> {
    @Mixin
    RunInputs inputs;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (a table) or json. Default: text.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "status: --format must be text or json, not \"" + format + "\"");
        }
        PlanStatus status;
        try {
            status = PlanRunner.status(inputs.request("status"));
        } catch (RunnerException e) {
            throw RunInputs.failure("status", e);
        }
        PrintWriter out = spec.commandLine().getOut();
        out.print(format.equals("json") ? RunOutput.json(status) : RunOutput.text(status));
        out.flush();
        return ExitCode.OK;
    }
}
