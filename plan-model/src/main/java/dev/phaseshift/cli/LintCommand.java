package dev.phaseshift.cli;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.LintConfig;
import dev.phaseshift.lint.LintOutput;
import dev.phaseshift.lock.LockModel;
import dev.phaseshift.lock.LockReport;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.plan.compat.CompatibilityCheck;
import dev.phaseshift.plan.compat.CompatibilityMatrix;
import dev.phaseshift.plan.compat.MatrixJson;
import dev.phaseshift.plan.compat.MatrixText;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lint.LintRules;
import dev.phaseshift.lint.Linter;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.plan.sim.SimulationResult;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code phaseshift lint}: simulates a plan on the estate's snapshots and runs every lint rule over every step.
 * Error findings exit 1; a plan that does not validate exits 2 with its problems. The SQLFILE form is not yet
 * available.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        customSynopsis = "phaseshift lint (PLAN --estate FILE | SQLFILE --engine postgresql|mysql "
                + "[--engine-version V]) [--format text|json|sarif]",
        description = {"Report locking, rewrite and compatibility risks of every step of a plan: each rule judges "
                + "the typed operation, the SQL it renders for the service's server version, and the schema before "
                + "and after the step. Silence one rule for one step with a reason: "
                + "\"-- phaseshift:allow RULE-ID REASON\" in a sql step, or \"phaseshift:allow RULE-ID REASON\" in "
                + "its notes. The rules are listed in docs/lint/README.md.",
                "The SQLFILE form (a plain .sql file with --engine) is not yet available in this build: it exits 2."},
        footer = {"%nExit codes: 0 no error findings (warnings may be printed), 1 error findings, 2 bad arguments, "
                + "a plan that does not validate, or the SQLFILE form.",
                "%nExamples:%n  phaseshift lint plans/rename-email.plan.yaml --estate phaseshift.yaml",
                "  phaseshift lint plans/rename-email.plan.yaml --estate phaseshift.yaml --format sarif > lint.sarif"})
public final class LintCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.yaml or *.plan.json).")
    Path file;

    @Option(names = "--estate", paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
    Path estate;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "postgresql or mysql, for a plain SQL file (not yet available).")
    String engine;

    @Option(names = "--engine-version", paramLabel = "V",
            description = "The server version a plain SQL file is for (not yet available).")
    String engineVersion;

    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "text",
            description = "text (one line per finding, file:line:column first), json, or sarif (SARIF 2.1.0 for "
                    + "GitHub code scanning). Default: text.")
    String format;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        if (!List.of("text", "json", "sarif").contains(format)) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: --format must be text, json or sarif, not \"" + format
                    + "\"");
        }
        if (engine != null || engineVersion != null || file.toString().endsWith(".sql")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: linting a plain SQL file (SQLFILE --engine) is not yet "
                    + "available in this build; lint a plan with --estate");
        }
        if (estate == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: a plan needs --estate FILE");
        }
        Estate loaded;
        try {
            loaded = EstateLoader.load(estate);
        } catch (EstateFormatException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: " + e.getMessage(), e);
        }
        PrintWriter out = spec.commandLine().getOut();
        Plan plan;
        try {
            plan = PlanFile.read(file);
        } catch (PlanFormatException e) {
            return invalid(out, e.problems());
        }
        SimulationResult simulation = Simulation.run(plan, loaded.snapshots());
        if (simulation.hasErrors()) {
            return invalid(out, simulation.problems());
        }
        List<Problem> configProblems = new ArrayList<>();
        LintConfig config = LintConfig.of(loaded.definition().lint(), LintRules.ALL, configProblems);
        if (!configProblems.isEmpty()) {
            configProblems.forEach(out::println);
            out.flush();
            return ExitCode.BAD_INPUT;
        }
        LintResult result = new Linter(LintRules.ALL, config).lint(plan, simulation, loaded.consumers());
        List<PhaseLocks> locks = LockModel.analyse(plan, simulation);
        CompatibilityMatrix matrix = CompatibilityCheck.of(plan, simulation, loaded.consumers());
        Map<String, Object> sections = new LinkedHashMap<>();
        sections.put("locks", LockReport.toJson(locks));
        sections.put("compatibility", MatrixJson.tree(matrix));
        out.print(switch (format) {
            case "json" -> LintOutput.json(file.toString(), result, sections);
            case "sarif" -> LintOutput.sarif(result, LintRules.ALL, VersionProvider.version());
            default -> LintOutput.text(file.toString(), result, "Locks and cost (production row estimates):\n"
                    + LockReport.text(locks) + "\nConsumer compatibility:\n" + MatrixText.render(matrix));
        });
        out.flush();
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    private int invalid(PrintWriter out, List<Problem> problems) {
        problems.stream().filter(Problem::isError).forEach(out::println);
        out.println(file + ": does not validate; lint checks a valid plan (see phaseshift validate)");
        out.flush();
        return ExitCode.BAD_INPUT;
    }
}
