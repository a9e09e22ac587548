package dev.phaseshift.cli;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.EstateLoader;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.lint.LintOutput;
import dev.phaseshift.lock.LockReport;
import dev.phaseshift.lock.PhaseLocks;
import dev.phaseshift.plan.compat.CompatibilityMatrix;
import dev.phaseshift.plan.compat.MatrixJson;
import dev.phaseshift.plan.compat.MatrixText;
import dev.phaseshift.lint.LintResult;
import dev.phaseshift.lint.LintRules;
import dev.phaseshift.lint.parse.SqlFileLint;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.check.PlanCheck;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.file.PlanFormatException;
import dev.phaseshift.plan.sql.Dialect;
import dev.phaseshift.schema.ServerProduct;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;

/**
 * {@code phaseshift lint}: simulates a plan on the estate's snapshots and runs every lint rule over every step, or
 * lints a plain SQL file statement by statement ({@link SqlFileLint}). Error findings exit 1; a plan that does not
 * validate, or a file that cannot be read, exits 2.
 */
@Command(name = "lint", mixinStandardHelpOptions = true,
        customSynopsis = "phaseshift lint (PLAN --estate FILE | SQLFILE --engine postgresql|mysql|mariadb "
                + "[--engine-version V] [--single-transaction]) [--format text|json|sarif]",
        description = {"Report locking, rewrite and compatibility risks of every step of a plan: each rule judges "
                + "the typed operation, the SQL it renders for the service's server version, and the schema before "
                + "and after the step. Silence one rule for one step with a reason: "
                + "\"-- phaseshift:allow RULE-ID REASON\" in a sql step, or \"phaseshift:allow RULE-ID REASON\" in "
                + "its notes. The rules are listed in docs/lint/README.md.",
                "A plain SQL file (SQLFILE, with --engine) is read statement by statement, as psql or the mysql "
                        + "client reads it: ALTER TABLE, CREATE/DROP TABLE, INDEX and VIEW become the typed "
                        + "operations they mean; TRUNCATE, REINDEX, CLUSTER, VACUUM FULL, LOCK, partition and "
                        + "tablespace actions, renames and moves of other objects are typed commands; data "
                        + "statements, settings, transaction control and statements that change only the catalog "
                        + "are understood; any other statement gets one cannot-analyse finding. Tables the file uses "
                        + "but does not create are assumed to exist and hold rows. Allow a rule for one statement "
                        + "with \"-- phaseshift:allow RULE-ID REASON\" on the line directly above it."},
        footer = {"%nExit codes: 0 no error findings (warnings may be printed), 1 error findings, 2 bad arguments, "
                + "a plan that does not validate, or a file that cannot be read.",
                "%nExamples:%n  phaseshift lint plans/rename-email.plan.yaml --estate phaseshift.yaml",
                "  phaseshift lint migrations/V42__orders.sql --engine postgresql --engine-version 15",
                "  phaseshift lint migrations/V42__orders.sql --engine mariadb --engine-version 10.11",
                "  phaseshift lint plans/rename-email.plan.yaml --estate phaseshift.yaml --format sarif > lint.sarif"})
public final class LintCommand implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PLAN|SQLFILE",
            description = "The plan file (*.plan.yaml or *.plan.json), or a plain SQL file (*.sql) with --engine.")
    Path file;

    @Option(names = "--estate", paramLabel = "FILE", description = "The estate file (phaseshift.yaml).")
    Path estate;

    @Option(names = "--engine", paramLabel = "ENGINE",
            description = "postgresql, mysql or mariadb: the server a plain SQL file is for (required for one).")
    String engine;

    @Option(names = "--engine-version", paramLabel = "V",
            description = "The server version a plain SQL file is for, as the server reports it (15, 8.0.36, "
                    + "10.11.6-MariaDB). Default: 16 for postgresql, 8.0.36 for mysql, 10.11 for mariadb.")
    String engineVersion;

    @Option(names = "--single-transaction", description = "A plain SQL file is run as one transaction (psql "
            + "--single-transaction, Flyway on PostgreSQL): locks are held until its end.")
    boolean singleTransaction;

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
            return lintSqlFile();
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
        PlanCheck check = PlanCheck.of(plan, loaded);
        if (check.invalid()) {
            return invalid(out, check.simulation().problems());
        }
        if (!check.configProblems().isEmpty()) {
            check.configProblems().forEach(out::println);
            out.flush();
            return ExitCode.BAD_INPUT;
        }
        LintResult result = check.lint();
        List<PhaseLocks> locks = check.locks();
        CompatibilityMatrix matrix = check.matrix();
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

    /** A plain SQL file: its findings only; the lock model and consumer matrix need an estate. */
    private int lintSqlFile() {
        if (estate != null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: a plain SQL file takes --engine, not --estate");
        }
        if (engine == null) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: \"" + file + "\" is a plain SQL file: say which server "
                    + "it is for with --engine postgresql|mysql|mariadb");
        }
        Dialect dialect = dialect(engine.toLowerCase(Locale.ROOT), engineVersion);
        String text;
        try {
            text = Files.readString(file, StandardCharsets.UTF_8);
        } catch (IOException | UncheckedIOException e) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: cannot read \"" + file + "\": "
                    + (e instanceof NoSuchFileException ? "no such file" : String.valueOf(e.getMessage())), e);
        }
        LintResult result = SqlFileLint.of(file.toString(), text, dialect).lint(singleTransaction);
        PrintWriter out = spec.commandLine().getOut();
        out.print(switch (format) {
            case "json" -> LintOutput.json(file.toString(), result);
            case "sarif" -> LintOutput.sarif(result, LintRules.ALL, VersionProvider.version());
            default -> LintOutput.text(file.toString(), result);
        });
        out.flush();
        return result.hasErrors() ? ExitCode.FINDINGS : ExitCode.OK;
    }

    /** The server of {@code --engine} and {@code --engine-version}; a version saying MariaDB makes it MariaDB. */
    private static Dialect dialect(String engine, String version) {
        ServerProduct product = switch (engine) {
            case "postgresql", "postgres" -> ServerProduct.POSTGRESQL;
            case "mysql" -> version != null && version.toLowerCase(Locale.ROOT).contains("mariadb")
                    ? ServerProduct.MARIADB : ServerProduct.MYSQL;
            case "mariadb" -> ServerProduct.MARIADB;
            default -> throw new CliFailure(ExitCode.BAD_INPUT, "lint: --engine must be postgresql, mysql or "
                    + "mariadb, not \"" + engine + "\"");
        };
        if (version != null && !version.trim().matches("\\d+(\\.\\d+){0,2}.*")) {
            throw new CliFailure(ExitCode.BAD_INPUT, "lint: --engine-version \"" + version + "\" is not a version "
                    + "such as 15, 8.0.36 or 10.11.6-MariaDB");
        }
        String defaulted = version != null ? version : switch (product) {
            case POSTGRESQL -> "16";
            case MYSQL -> "8.0.36";
            case MARIADB -> "10.11";
        };
        return Dialect.parse(product, defaulted);
    }

    private int invalid(PrintWriter out, List<Problem> problems) {
        problems.stream().filter(Problem::isError).forEach(out::println);
        out.println(file + ": does not validate; lint checks a valid plan (see phaseshift validate)");
        out.flush();
        return ExitCode.BAD_INPUT;
    }
}
