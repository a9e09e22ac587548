package dev.phaseshift.cli;

import dev.phaseshift.version.PhaseshiftVersion;
import org.junit.jupiter.api.Test;

import java.io.PrintWriter;
import java.io.StringWriter;

import static org.assertj.core.api.Assertions.assertThat;

class PhaseshiftCommandTest {
    @Test
    void helpListsEveryCommandOfTheDesign() {
        CliRun run = CliRun.of("--help");
        assertThat(run.exitCode()).isZero();
        for (String command : new String[] {"inspect", "graph", "ddl", "validate", "lint", "dry-run", "apply", "status",
                "rollback", "export", "demo"}) {
            assertThat(run.out()).containsPattern("(?m)^  " + command + " ");
        }
        assertThat(run.out()).contains("3  cannot connect to a database");
    }

    @Test
    void anUnknownOptionIsABadArgument() {
        CliRun run = CliRun.of("demo", "--pgg", "x");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--pgg");
    }

    @Test
    void versionNamesTheProductAndTheMavenProjectVersion() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("phaseshift " + PhaseshiftVersion.current() + "\nJava ");
        assertThat(PhaseshiftVersion.current()).isNotEqualTo(PhaseshiftVersion.DEVELOPMENT_BUILD);
    }

    @Test
    void theQuickVersionAnswerOfTheMainClassIsTheSameAsTheCommandModels() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();

        int code = PhaseshiftMain.run(new String[] {"--version"}, new PrintWriter(out), new PrintWriter(err));

        assertThat(code).isZero();
        assertThat(out.toString()).isEqualTo(CliRun.of("--version").out());
        assertThat(err.toString()).isEmpty();
    }

    @Test
    void eachSubcommandIsRegisteredUnderItsOwnName() {
        PhaseshiftCommand.SUBCOMMANDS.forEach((name, type) -> {
            picocli.CommandLine.Command command = type.getAnnotation(picocli.CommandLine.Command.class);
            assertThat(command.name()).as(type.getSimpleName()).isEqualTo(name);
        });
    }

    @Test
    void aNamedSubcommandIsBuiltAloneAndEverythingElseSeesThemAll() {
        PrintWriter quiet = new PrintWriter(new StringWriter());
        assertThat(PhaseshiftCommand.create(quiet, quiet, new String[]{"--verbose", "lint", "x.sql"})
                .getSubcommands().keySet()).containsExactly("lint");
        assertThat(PhaseshiftCommand.create(quiet, quiet, new String[]{"lnt"}).getSubcommands().keySet())
                .containsExactlyElementsOf(PhaseshiftCommand.SUBCOMMANDS.keySet());
        // a mistyped command still gets picocli's suggestion, which needs every name
        CliRun typo = CliRun.of("valdate");
        assertThat(typo.err()).contains("validate");
    }
}
