package dev.phaseshift.cli;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.compat.CompatibilityMatrix;
import dev.phaseshift.plan.compat.MatrixJson;
import dev.phaseshift.plan.compat.MatrixText;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import dev.phaseshift.text.JsonText;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code phaseshift validate}: reads a plan strictly and checks every step against the schema its service has
 * at that point of the plan, then prints the consumer compatibility matrix (every consumer version against the
 * schema before the plan and after each phase). A plan with errors is bad input (exit 2), warnings alone pass
 * (exit 0).
 */
@Command(name = "validate", mixinStandardHelpOptions = true,
        customSynopsis = "phaseshift validate PLAN --estate FILE [--format text|json]",
        description = {"Checks a plan against the estate's snapshots: the file's keys and types, ids, phase "
                + "dependencies, services, every step against the simulated schema of its service, and the estate's "
                + "consumer contracts against the schema after every phase. Then prints the consumer compatibility "
                + "matrix: every consumer version against the schema before the plan and after each phase, and what "
                + "rolling the whole plan back would not restore (rows, column positions, ...) or could not apply."},
        footer = {"%nExit codes: 0 valid (warnings may be printed), 2 the plan or estate has errors.",
                "%nExample:%n  phaseshift validate plans/rename-email.plan.yaml --estate phaseshift.yaml"})
public final class ValidateCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.yaml or *.plan.json).")
    Path plan;

    @Option(names = "--estate", required = true, paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
    Path estate;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per problem, file:line:column first, then the compatibility matrix) or "
                    + "json (problems, the matrix under \"compatibility\", the rollback notes under \"rollback\"). "
                    + "Default: text.")
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
        CompatibilityMatrix matrix = null;
        List<Problem> rollback = List.of();
        try {
            parsed = PlanFile.read(plan);
            PlanCheck check = PlanCheck.of(parsed, loaded);
            SimulationResult result = check.simulation();
            // the estate's lint section is checked as lint, dry-run and the app check it
            problems = check.validationProblems();
            matrix = check.matrix();
            if (problems.stream().noneMatch(Problem::isError)) {
                // what rolling the whole plan back would not give back (rows, positions, ...), and undo steps
                // that would not apply: said before anyone has to roll back
                rollback = Simulation.rollBack(result, 0).problems();
            }
        } catch (PlanFormatException e) {
            problems = e.problems();
        }
        long errors = problems.stream().filter(Problem::isError).count();
        PrintWriter out = spec.commandLine().getOut();
        if (format.equals("json")) {
            out.print(JsonText.write(json(problems, errors, matrix, rollback)));
        } else {
            problems.forEach(out::println);
            if (matrix != null) {
                out.print(MatrixText.render(matrix));
            }
            if (!rollback.isEmpty()) {
                out.println("rolling the whole plan back:");
                rollback.forEach(p -> out.println("  " + p));
            }
            long warnings = problems.size() - errors;
            out.println(plan + ": " + (errors == 0 ? "valid" : errors + " error" + (errors == 1 ? "" : "s"))
                    + (warnings == 0 ? "" : ", " + warnings + " warning" + (warnings == 1 ? "" : "s"))
                    + (parsed == null ? "" : " (" + parsed.phases().size() + " phases, " + parsed.stepCount()
                    + " steps)"));
        }
        out.flush();
        return errors == 0 ? ExitCode.OK : ExitCode.BAD_INPUT;
    }

    /**
     * The problems as before, the matrix under {@code compatibility} (null when the plan did not parse), and what
     * rolling the whole plan back cannot restore under {@code rollback}.
     */
    private Map<String, Object> json(List<Problem> problems, long errors, CompatibilityMatrix matrix,
                                     List<Problem> rollback) {
        Map<String, Object> root = new LinkedHashMap<>();
        root.put("plan", plan.toString());
        root.put("errors", errors);
        root.put("problems", problems.stream().map(ValidateCommand::problem).toList());
        root.put("compatibility", matrix == null ? null : MatrixJson.tree(matrix));
        root.put("rollback", rollback.stream().map(ValidateCommand::problem).toList());
        return root;
    }

    private static Map<String, Object> problem(Problem p) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("code", p.code());
        out.put("severity", p.severity().word());
        out.put("message", p.message());
        out.put("help", p.help());
        out.put("file", p.location() == null ? null : p.location().file());
        out.put("line", p.location() == null ? null : p.location().line());
        out.put("column", p.location() == null ? null : p.location().column());
        return out;
    }
}
