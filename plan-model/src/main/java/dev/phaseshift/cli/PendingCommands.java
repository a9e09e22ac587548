package dev.phaseshift.cli;

import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.Model.UsageMessageSpec;

import java.util.List;

/**
 * Subcommands whose names and synopses are fixed by DESIGN.md but whose work lands in later releases. Each prints
 * its usage on {@code --help} and exits 2 with "not yet available" when run, so scripts fail loudly, not silently.
 */
final class PendingCommands {
    private record Pending(String name, String synopsis, String purpose) {
    }

    private static final List<Pending> PENDING = List.of(
            new Pending("export", "PLAN --estate FILE --to flyway|liquibase|github-actions|gitlab-ci|markdown|html --out DIR",
                    "Write a plan as migration files, CI jobs or a review document."));

    private PendingCommands() {
    }

    static void addTo(CommandLine root) {
        for (Pending p : PENDING) {
            CommandSpec spec = CommandSpec.wrapWithoutInspection((Runnable) () -> {
                throw new CliFailure(ExitCode.BAD_INPUT, p.name() + ": not yet available in this build");
            });
            spec.name(p.name());
            spec.mixinStandardHelpOptions(true);
            spec.addPositional(PositionalParamSpec.builder().arity("0..*").paramLabel("ARGS").hidden(true)
                    .type(String[].class).build());
            spec.unmatchedArgsBindings();
            spec.parser().unmatchedArgumentsAllowed(true).unmatchedOptionsArePositionalParams(true);
            UsageMessageSpec usage = spec.usageMessage();
            usage.customSynopsis("phaseshift " + p.name() + " " + p.synopsis());
            usage.description(p.purpose() + " (not yet available: exits 2)");
            root.addSubcommand(p.name(), new CommandLine(spec));
        }
    }
}
