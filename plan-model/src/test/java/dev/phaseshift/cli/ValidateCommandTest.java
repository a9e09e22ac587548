package dev.phaseshift.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift validate} on the demo estate: good plans pass, bad ones exit 2 with file:line:column. */
class ValidateCommandTest {
    @TempDir
    Path dir;

    /** The bundled demo estate written out as files, as a user has it. */
    private Path estate() throws IOException {
        Files.createDirectories(dir.resolve("snapshots"));
        for (String service : new String[]{"customers", "catalog", "orders", "billing", "inventory", "shipping",
                "notifications"}) {
            copy("/demo/snapshots/" + service + ".json", "snapshots/" + service + ".json");
        }
        return copy("/demo/phaseshift.yaml", "phaseshift.yaml");
    }

    private Path copy(String resource, String name) throws IOException {
        try (InputStream in = ValidateCommandTest.class.getResourceAsStream(resource)) {
            Path file = dir.resolve(name);
            Files.write(file, in.readAllBytes());
            return file;
        }
    }

    @Test
    void theBundledDemoPlansAreValid() throws IOException {
        Path estate = estate();
        for (String name : new String[]{"rename-phone", "orders-priority"}) {
            Path plan = copy("/demo/plans/" + name + ".plan.yaml", name + ".plan.yaml");
            CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate.toString());
            assertThat(run.exitCode()).as(run.out() + run.err()).isEqualTo(ExitCode.OK);
            assertThat(run.out()).contains(plan + ": valid");
        }
    }

    @Test
    void anUnknownKeyExitsTwoWithItsLocation() throws IOException {
        Path plan = copy("/plan/bad/unknown-key.plan.yaml", "unknown-key.plan.yaml");
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains(plan + ":11:13: error: unknown key \"tabel\" in add_column [unknown-key]");
    }

    @Test
    void semanticMistakesExitTwoWithStepIdsAndLocations() throws IOException {
        Path estate = estate();
        CliRun self = CliRun.of("validate", copy("/plan/bad/self-dependency.plan.yaml", "s.plan.yaml").toString(),
                "--estate", estate.toString());
        assertThat(self.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(self.out()).contains("s.plan.yaml:4:5: error: phase \"expand\" depends on itself [self-dependency]");
        CliRun twice = CliRun.of("validate", copy("/plan/bad/duplicate-step.plan.yaml", "d.plan.yaml").toString(),
                "--estate", estate.toString());
        assertThat(twice.out()).contains("d.plan.yaml:10:9: error: step id \"same\" is used twice [duplicate-step-id]");
        CliRun unknown = CliRun.of("validate", copy("/plan/bad/unknown-table.plan.yaml", "u.plan.yaml").toString(),
                "--estate", estate.toString());
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.out()).contains("u.plan.yaml:7:9: error: step \"drop\" (orders): table \"order\" does not exist")
                .contains("u.plan.yaml:11:9: error: step \"elsewhere\" targets service \"payments\"");
    }

    @Test
    void jsonOutputCarriesCodesAndPositions() throws IOException {
        Path plan = copy("/plan/bad/wrong-type.plan.yaml", "w.plan.yaml");
        CliRun run = CliRun.of("validate", plan.toString(), "--estate", estate().toString(), "--format", "json");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("\"code\" : \"wrong-type\"").contains("\"line\" : 13").contains("\"column\" : 22");
    }

    @Test
    void aMissingPlanFileIsBadInput() throws IOException {
        CliRun run = CliRun.of("validate", dir.resolve("nope.plan.yaml").toString(), "--estate", estate().toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).contains("nope.plan.yaml: error: cannot read plan file");
    }
}
