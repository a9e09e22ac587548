package dev.phaseshift.export;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

/**
 * The exported GitHub workflows pass {@code action-validator} (the {@code @action-validator/cli} package from the
 * npm registry, installed into {@code target/action-validator} on first use), which checks them against the
 * workflow schema GitHub publishes. Without npm the test fails and says so: it is never skipped quietly.
 */
class GithubWorkflowValidatorTest {
    private static final Path TOOL = Path.of("target/action-validator");
    private static final Path BINARY = TOOL.resolve("node_modules/.bin/action-validator");

    @BeforeAll
    static void install() throws Exception {
        if (Files.isExecutable(BINARY)) {
            return;
        }
        Run npm;
        try {
            npm = run(List.of("npm", "--version"));
        } catch (IOException e) {
            npm = null;
        }
        if (npm == null || npm.exit() != 0) {
            fail("npm is not installed, so the exported GitHub workflow cannot be checked with action-validator;"
                    + " install node and npm (apt-get install -y nodejs npm) and run again");
        }
        Files.createDirectories(TOOL);
        Run installed = run(List.of("npm", "install", "--prefix", TOOL.toString(), "--no-audit", "--no-fund",
                "@action-validator/cli@0.6.0"));
        assertThat(installed.exit()).as("npm install @action-validator/cli:\n%s", installed.output()).isZero();
    }

    @Test
    void theExportedWorkflowsValidate(@TempDir Path dir) throws Exception {
        for (String name : DemoExports.PLANS) {
            ExportedFile workflow = GithubActionsExport.write(ExportInputs.withPasswords(DemoExports.input(name)))
                    .get(0);
            Path file = dir.resolve(name + ".yml");
            Files.writeString(file, workflow.text());
            Run check = run(List.of(BINARY.toString(), file.toString()));
            assertThat(check.exit()).as("action-validator on the %s workflow:\n%s", name, check.output()).isZero();
        }
    }

    @Test
    void theValidatorRejectsABrokenWorkflow(@TempDir Path dir) throws Exception {
        String workflow = GithubActionsExport.write(DemoExports.input("orders-priority")).get(0).text()
                .replace("runs-on: ubuntu-latest", "runs_on: ubuntu-latest");
        Path file = dir.resolve("broken.yml");
        Files.writeString(file, workflow);
        assertThat(run(List.of(BINARY.toString(), file.toString())).exit()).isNotZero();
    }

    private record Run(int exit, String output) {
    }

    private static Run run(List<String> command) throws Exception {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] out = p.getInputStream().readAllBytes();
        if (!p.waitFor(5, TimeUnit.MINUTES)) {
            p.destroyForcibly();
            fail(String.join(" ", command) + " did not finish in 5 minutes");
        }
        return new Run(p.exitValue(), new String(out, StandardCharsets.UTF_8));
    }
}
