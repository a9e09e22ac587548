package dev.phaseshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

import java.io.PrintWriter;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/** The {@code phaseshift} command: global options and the subcommands of DESIGN.md. */
@Command(name = "phaseshift", mixinStandardHelpOptions = true, versionProvider = VersionProvider.class,
        description = {"Plans, checks and runs phased zero-downtime schema migrations across the PostgreSQL and "
                + "MySQL/MariaDB databases of many services."},
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

    /** The subcommands by name, in the order help lists them (each class's {@code @Command} name). */
    static final Map<String, Class<?>> SUBCOMMANDS = subcommands();

    private static Map<String, Class<?>> subcommands() {
        Map<String, Class<?>> out = new LinkedHashMap<>();
        out.put("demo", DemoCommand.class);
        out.put("graph", GraphCommand.class);
        out.put("inspect", InspectCommand.class);
        out.put("ddl", DdlCommand.class);
        out.put("validate", ValidateCommand.class);
        out.put("lint", LintCommand.class);
        out.put("dry-run", DryRunCommand.class);
        out.put("apply", ApplyCommand.class);
        out.put("status", StatusCommand.class);
        out.put("rollback", RollbackCommand.class);
        out.put("export", ExportCommand.class);
        out.put("help", CommandLine.HelpCommand.class);
        return Collections.unmodifiableMap(out);
    }

    /** Builds the command line with every subcommand, wired to print expected failures as one line. */
    public static CommandLine create(PrintWriter out, PrintWriter err) {
        return create(out, err, null);
    }

    /**
     * The command line for {@code args}: when they name a subcommand, only that one is built (reading every
     * subcommand's annotations costs a CI job a fifth of a second on each run); otherwise — no subcommand, an
     * unknown one, {@code help} — all of them, so usage and suggestions list everything.
     */
    public static CommandLine create(PrintWriter out, PrintWriter err, String[] args) {
        PhaseshiftCommand root = new PhaseshiftCommand();
        CommandLine cli = new CommandLine(root);
        String named = args == null ? null
                : Arrays.stream(args).filter(a -> !a.startsWith("-")).findFirst().orElse(null);
        if (named != null && SUBCOMMANDS.containsKey(named) && !named.equals("help")) {
            cli.addSubcommand(named, SUBCOMMANDS.get(named));
        } else {
            SUBCOMMANDS.forEach(cli::addSubcommand);
        }
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
