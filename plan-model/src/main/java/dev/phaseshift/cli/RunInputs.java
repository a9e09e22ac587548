package dev.phaseshift.cli;

import dev.phaseshift.connect.SecretReference;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.runner.Approver;
import dev.phaseshift.runner.RunRequest;
import dev.phaseshift.runner.RunnerException;
import dev.phaseshift.runner.RunnerIdentity;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

import java.io.Console;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

/** What apply, status and rollback read first: the plan and the estate, and how their failures are printed. */
final class RunInputs {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.yaml or *.plan.json).")
    Path plan;

    @Option(names = "--estate", required = true, paramLabel = "FILE",
            description = "The estate file (phaseshift.yaml): the services' connections, and the snapshots the plan "
                    + "was written against.")
    Path estate;

    /** The request with plan, estate, a console prompt for ${prompt} passwords and an approver at the terminal. */
    RunRequest request(String command) {
        Estate loaded;
        try {
            loaded = EstateLoader.load(estate);
        } catch (EstateFormatException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, command + ": " + e.getMessage(), e);
        }
        Plan read;
        String text;
        try {
            read = PlanFile.read(plan);
            text = Files.readString(plan, StandardCharsets.UTF_8);
        } catch (PlanFormatException e) {
            String first = e.problems().isEmpty() ? e.getMessage() : e.problems().get(0).toString();
            throw new CliFailure(ExitCode.BAD_INPUT, command + ": " + first, e);
        } catch (IOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, command + ": " + plan + ": cannot read: " + e.getMessage(), e);
        }
        return RunRequest.of(read, text, plan.toString(), loaded, estate.toString())
                .withPeople(SecretReference.CONSOLE, RunInputs::askAtTerminal,
                        RunnerIdentity.current(VersionProvider.version()));
    }

    private static Boolean askAtTerminal(String question) {
        Console console = System.console();
        if (console == null) {
            return null;
        }
        String answer = console.readLine("%s", question);
        return answer != null && answer.strip().toLowerCase(Locale.ROOT).startsWith("y");
    }

    static CliFailure failure(String command, RunnerException e) {
        int code = switch (e.kind()) {
            case BAD_INPUT -> ExitCode.BAD_INPUT;
            case CANNOT_CONNECT -> ExitCode.CANNOT_CONNECT;
            case REFUSED -> ExitCode.FINDINGS;
        };
        return new CliFailure(code, command + ": " + e.getMessage(), e);
    }
}
