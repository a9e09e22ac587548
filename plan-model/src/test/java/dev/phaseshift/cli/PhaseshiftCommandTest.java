package dev.phaseshift.cli;

import org.junit.jupiter.api.Test;

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
    void versionNamesTheProduct() {
        CliRun run = CliRun.of("--version");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).startsWith("phaseshift ");
    }
}
