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
    void aCommandNotYetBuiltExitsTwoAndSaysSo() {
        CliRun run = CliRun.of("apply", "plan.yaml", "--estate", "phaseshift.yaml", "--phase", "expand");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("phaseshift: apply: not yet available in this build");
        assertThat(CliRun.of("apply", "--help").out()).contains("PLAN --estate FILE --phase ID", "not yet available");
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
