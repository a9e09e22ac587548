package dev.phaseshift.cli;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.plan.file.ProblemsJson;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code phaseshift validate}: reads a plan strictly and checks every step against the schema its service has
 * at that point of the plan. A plan with errors is bad input (exit 2), warnings alone pass (exit 0).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        customSynopsis = "phaseshift validate PLAN --estate FILE [--format text|json]",
        description = {"Check a plan against the estate's snapshots: the file's keys and types, ids, phase "
                + "dependencies, services, every step against the simulated schema of its service, and the estate's "
                + "consumer contracts against the schema after every phase."},
        footer = {"%nExit codes: 0 valid (warnings may be printed), 2 the plan or estate has errors.",
                "%nExample:%n  phaseshift validate plans/rename-email.plan.yaml --estate phaseshift.yaml"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.yaml or *.plan.json).")
    Path plan;

    @Option(names = "--estate", required = true, paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
    Path estate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem, file:line:column first) or json. Default: text.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!format.equals("text") && !format.equals("json")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "validate: --format must be text or json, not \"" + format + "\"");
        }
        Estate loaded;
        try {
            loaded = EstateLoader.load(estate);
        } catch (EstateFormatException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "validate: " + e.getMessage(), e);
        }
        List<Problem> problems;
        Plan parsed = null;
        try {
            parsed = PlanFile.read(plan);
            SimulationResult result = Simulation.run(parsed, loaded);
            problems = result.problems();
        } catch (PlanFormatException e) {
            problems = e.problems();
        }
        long errors = problems.stream().filter(Problem::isError).count();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.print(ProblemsJson.write(plan.toString(), problems));
        } else {
            problems.forEach(out::println);
            long warnings = problems.size() - errors;
            out.println(plan + ": " + (errors == 0 ? "valid" : errors + " error" + (errors == 1 ? "" : "s"))
                    + (warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"))
                    + (parsed == null ? "" : " (" + parsed.phases().size() + " phases, " + parsed.stepCount()
                    + " steps)"));
        }
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }
}
