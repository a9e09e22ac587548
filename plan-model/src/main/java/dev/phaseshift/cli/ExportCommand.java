package dev.phaseshift.cli;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.export.ExportInput;
import dev.phaseshift.export.ExportTarget;
import dev.phaseshift.export.ExportWriter;
import dev.phaseshift.export.ExportedFile;
import dev.phaseshift.export.Exporter;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.report.DryRunOutcome;
import dev.phaseshift.report.DryRunReportFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * {@code phaseshift export}: writes a valid plan as Flyway or Liquibase migrations, a GitHub Actions or GitLab CI
 * pipeline, or a Markdown or HTML review document. Nothing connects to a database and no secret is read: files
 * name the environment variables the estate references.
 */
@Command(name = "export", mixinStandardHelpOptions = true,
        customSynopsis = {"phaseshift export PLAN --estate FILE --to TARGET --out DIR",
                "    [--dry-run-report FILE.json]",
                "    TARGET: flyway|liquibase|github-actions|gitlab-ci|markdown|html"},
        description = {"Write a plan as files other tools run or people read. Every file names the Phaseshift "
                + "version, the plan and the plan's checksum in its header. No database is contacted and no "
                + "secret is read: files name the environment variables the estate references.",
                "%n  flyway          flyway/<service>/: flyway.toml and a migration per phase",
                "                  (V<n>__<plan>_<phase>.sql); statements that cannot run in",
                "                  a transaction get their own migration whose .sql.conf says",
                "                  executeInTransaction=false; U<n> undo files",
                "  liquibase       liquibase/<service>/<plan>.changelog.yaml: a changeset",
                "                  per step, labelled with its phase (run one phase with",
                "                  liquibase update --label-filter=PHASE), with rollbacks",
                "  github-actions  .github/workflows/phaseshift-<plan>.yml: a job per phase",
                "                  per service running phaseshift apply --phase --service,",
                "                  approved in environment phaseshift-<service>",
                "  gitlab-ci       phaseshift-<plan>.gitlab-ci.yml: the same jobs, manual",
                "                  and blocking, in one resource_group",
                "  markdown        <plan>.review.md, <plan>.dependencies.png beside it",
                "  html            <plan>.review.html: self-contained, the picture inline",
                "%nPLAN and --estate are written into the CI jobs as given: run export from the repository root "
                        + "with paths relative to it.%n"},
        footer = {"%nExit codes:", "  0  the files were written",
                "  2  bad arguments, an unreadable or invalid plan or estate, or an output directory that cannot "
                        + "be written",
                "%nExamples:",
                "  phaseshift export plans/rename-phone.plan.yaml --estate phaseshift.yaml --to flyway --out db/",
                "  phaseshift export plans/rename-phone.plan.yaml --estate phaseshift.yaml --to html --out review/ \\",
                "      --dry-run-report dry-run.json"})
public final class ExportCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN", description = "The plan file (*.plan.yaml or *.plan.json).")
    Path file;

    @Option(names = "--estate", required = true, paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
    Path estate;

    @Option(names = "--to", required = true, paramLabel = "TARGET",
            description = "flyway, liquibase, github-actions, gitlab-ci, markdown or html.")
    String to;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to write into (created if missing; files of the same name are replaced).")
    Path out;

    @Option(names = "--dry-run-report", paramLabel = "FILE.json",
            description = "A report of phaseshift dry-run --json-report, whose verdicts the review documents show.")
    Path dryRunReport;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        ExportTarget target = ExportTarget.parse(to).orElseThrow(() -> failure("--to must be one of "
                + ExportTarget.choices() + ", not \"" + to + "\""));
        Estate loaded;
        try {
            loaded = EstateLoader.load(estate);
        } catch (EstateFormatException e) {
            throw failure(e.getMessage());
        }
        Plan plan;
        byte[] bytes;
        try {
            plan = PlanFile.read(file);
            bytes = Files.readAllBytes(file);
        } catch (PlanFormatException e) {
            throw failure(e.getMessage());
        } catch (IOException e) {
            throw failure("cannot read " + file + ": " + e.getMessage());
        }
        DryRunOutcome dryRun = null;
        if (dryRunReport != null) {
            try {
                dryRun = DryRunReportFile.read(dryRunReport);
            } catch (IOException e) {
                throw failure(e.getMessage().startsWith(dryRunReport.toString()) ? e.getMessage()
                        : "cannot read " + dryRunReport + ": " + e.getMessage());
            }
        }
        ExportInput input = ExportInput.of(plan, repositoryPath(file), bytes, loaded, repositoryPath(estate),
                VersionProvider.version(), dryRun);
        List<Problem> errors = input.simulation().problems().stream().filter(Problem::isError).toList();
        if (!errors.isEmpty()) {
            throw failure(errors.get(0) + (errors.size() > 1 ? " (and " + (errors.size() - 1)
                    + " more errors: see phaseshift validate)" : "") + "; export writes a valid plan only");
        }
        List<ExportedFile> files = Exporter.export(target, input);
        writable(out);
        try {
            ExportWriter.write(files, out);
        } catch (IOException e) {
            throw failure(e.getMessage());
        }
        PrintWriter stdout = spec.commandLine().getOut();
        stdout.println("wrote " + files.size() + (files.size() == 1 ? " file" : " files") + " (" + target.id()
                + ") to " + out);
        files.forEach(f -> stdout.println("  " + f.path()));
        stdout.flush();
        return ExitCode.OK;
    }

    /** Fails before anything is written when the directory cannot be made or written to. */
    private void writable(Path dir) {
        try {
            Files.createDirectories(dir);
        } catch (IOException e) {
            throw failure("cannot create output directory " + dir + ": " + e.getMessage());
        }
        if (!Files.isDirectory(dir) || !Files.isWritable(dir)) {
            throw failure("output directory " + dir + " is not writable");
        }
    }

    /** The path as CI jobs should name it: relative to the working directory when inside it, with {@code /}. */
    private static String repositoryPath(Path path) {
        Path here = Path.of("").toAbsolutePath();
        Path absolute = path.toAbsolutePath().normalize();
        Path shown = absolute.startsWith(here) ? here.relativize(absolute) : path.normalize();
        return shown.toString().replace('\\', '/');
    }

    private static CliFailure failure(String message) {
        return new CliFailure(ExitCode.BAD_INPUT, "export: " + message);
    }
}
