package dev.phaseshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;

/** The {@code phaseshift} command: global options and the subcommands of DESIGN.md. */
@Command(name = "phaseshift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plans, checks and runs phased zero-downtime schema migrations across the PostgreSQL and "
                + "MySQL/MariaDB databases of many services."},
        subcommands = {DemoCommand.class, GraphCommand.class, InspectCommand.class, DdlCommand.class,
                ValidateCommand.class, LintCommand.class, DryRunCommand.class, ApplyCommand.class, StatusCommand.class,
                RollbackCommand.class, ExportCommand.class,
                CommandLine.HelpCommand.class},
        footerHeading = "%nExit codes:%n",
        footer = {"  0  ok", "  1  findings of error severity, or a failed step",
                "  2  bad arguments or a bad input file",
                "  3  cannot connect to a database"})
public final class PhaseshiftCommand implements Runnable {
    @Option(names = "--verbose", scope = ScopeType.INHERIT, description = "Print stack traces and debug detail.")
    boolean verbose;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(spec.commandLine().getOut());
    }

    /** Builds the command line with every subcommand, wired to print expected failures as one line. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        PhaseshiftCommand root = new PhaseshiftCommand();
        CommandLine cli = new CommandLine(root);
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler((ex, commandLine, parseResult) -> {
            boolean verbose = parseResult.hasMatchedOption("--verbose")
                    || parseResult.subcommands().stream().anyMatch(p -> p.hasMatchedOption("--verbose"));
            PrintWriter e = commandLine.getErr();
            int code;
            if (ex instanceof CliFailure failure) {
                e.println("phaseshift: " + failure.getMessage());
                code = failure.exitCode();
            } else {
                e.println("phaseshift: internal error: " + ex
                        + (verbose ? "" : " (run with --verbose for the stack trace)"));
                code = ExitCode.FINDINGS;
            }
            if (verbose) {
                ex.printStackTrace(e);
            }
            e.flush();
            return code;
        });
        return cli;
    }
}
