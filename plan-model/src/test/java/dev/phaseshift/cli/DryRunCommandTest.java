package dev.phaseshift.cli;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code phaseshift dry-run}: everything that is checked before a shadow is created. Runs that reach the engine
 * are in {@link DryRunCommandRunTest}.
 */
class DryRunCommandTest {
    @TempDir
    Path dir;
    private String estate;
    private String plan;

    @BeforeEach
    void files() throws IOException {
        estate = DemoEstateFiles.estate(dir).toString();
        plan = DemoEstateFiles.plan(dir, "rename-phone").toString();
    }

    @Test
    void aServiceWithoutAScratchServerIsNamed() {
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate,
                "--scratch", "customers=jdbc:postgresql://127.0.0.1:1/postgres");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("phaseshift: dry-run: no scratch server for service \"shipping\" (mysql): "
                + "give --scratch shipping=jdbc:mysql://HOST:3306/, or --local-scratch for the local server\n");
        assertThat(run.out()).isEmpty();
    }

    @Test
    void sampleAndSynthesizeExcludeEachOther() {
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate, "--local-scratch", "--sample", "10",
                "--synthesize", "10");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("--sample", "--synthesize", "mutually exclusive");
        CliRun zero = CliRun.of("dry-run", plan, "--estate", estate, "--local-scratch", "--sample", "0");
        assertThat(zero.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(zero.err()).isEqualTo("phaseshift: dry-run: --sample must be at least 1, not 0\n");
    }

    @Test
    void aUrlThatIsNotJdbcIsABadArgumentAndItsPasswordIsNotPrinted() {
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate, "--local-scratch",
                "--scratch", "customers=jdbc:oracle:thin:@db:1521?password=hunter2");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).startsWith("phaseshift: dry-run: --scratch customers: not a PostgreSQL or MySQL "
                + "JDBC URL").doesNotContain("hunter2");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aScratchServerOfTheWrongEngineOrForAnUnknownServiceIsABadArgument() {
        CliRun wrong = CliRun.of("dry-run", plan, "--estate", estate, "--local-scratch",
                "--scratch", "customers=jdbc:mysql://127.0.0.1:3306/");
        assertThat(wrong.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(wrong.err()).isEqualTo("phaseshift: dry-run: --scratch customers: service \"customers\" runs on "
                + "postgresql but jdbc:mysql://127.0.0.1:3306/ is a mysql server\n");
        CliRun unknown = CliRun.of("dry-run", plan, "--estate", estate, "--scratch",
                "custmers=jdbc:postgresql://127.0.0.1:5432/postgres");
        assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(unknown.err()).isEqualTo("phaseshift: dry-run: --scratch: " + estate
                + " has no service \"custmers\"\n");
        CliRun shape = CliRun.of("dry-run", plan, "--estate", estate, "--scratch", "jdbc:postgresql://x/y");
        assertThat(shape.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(shape.err()).isEqualTo("phaseshift: dry-run: --scratch: expected SERVICE=JDBC, not "
                + "\"jdbc:postgresql://x/y\"\n");
    }

    @Test
    void anUnreachableScratchServerExitsThreeWithOneLineAndNoPassword() {
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate,
                "--scratch", "customers=jdbc:postgresql://127.0.0.1:1/x?user=dba&password=hunter2",
                "--scratch", "shipping=jdbc:mariadb://127.0.0.1:1/?user=dba&password=hunter2");
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).startsWith("phaseshift: dry-run: cannot connect to jdbc:postgresql://127.0.0.1:1/x")
                .doesNotContain("hunter2");
        assertThat(run.err().lines()).hasSize(1);
        assertThat(run.out()).isEmpty();
    }

    @Test
    void aScratchServerForAServiceThePlanDoesNotChangeIsPointedOut() {
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate,
                "--scratch", "catalog=jdbc:postgresql://127.0.0.1:1/x",
                "--scratch", "customers=jdbc:postgresql://127.0.0.1:1/x",
                "--scratch", "shipping=jdbc:mysql://127.0.0.1:1/");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err()).startsWith("phaseshift: dry-run: --scratch for service \"catalog\" is not used: the "
                + "plan does not change it\n");
    }

    @Test
    void anUnknownRuleInTheEstatesLintSectionIsBadInputBeforeAnyConnection() throws IOException {
        Files.writeString(Path.of(estate), Files.readString(Path.of(estate)) + "lint:\n  no-such-rule: warning\n");
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate,
                "--scratch", "customers=jdbc:postgresql://127.0.0.1:1/x",
                "--scratch", "shipping=jdbc:mysql://127.0.0.1:1/");
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).contains("no-such-rule")
                .endsWith("phaseshift: dry-run: " + estate + ": the lint section has errors\n");
    }

    @Test
    void badOptionValuesAreBadArguments() {
        CliRun timeout = CliRun.of("dry-run", plan, "--estate", estate, "--local-scratch",
                "--statement-timeout", "soon");
        assertThat(timeout.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(timeout.err()).isEqualTo("phaseshift: dry-run: --statement-timeout: \"soon\" is not a positive "
                + "duration; write it like 500ms, 30s, 5m or 1h\n");
        CliRun format = CliRun.of("dry-run", plan, "--estate", estate, "--simulated", "--format", "xml");
        assertThat(format.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(format.err()).isEqualTo("phaseshift: dry-run: --format must be text or json, not \"xml\"\n");
        CliRun simulatedWithScratch = CliRun.of("dry-run", plan, "--estate", estate, "--simulated",
                "--local-scratch");
        assertThat(simulatedWithScratch.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(simulatedWithScratch.err()).startsWith("phaseshift: dry-run: --simulated runs nothing");
        CliRun noEstate = CliRun.of("dry-run", plan, "--local-scratch");
        assertThat(noEstate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noEstate.err()).contains("--estate");
    }

    @Test
    void aMissingEstateOrAPlanThatDoesNotValidateIsBadInput() throws IOException {
        CliRun missing = CliRun.of("dry-run", plan, "--estate", dir.resolve("nope.yaml").toString(),
                "--local-scratch");
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err()).isEqualTo("phaseshift: dry-run: " + dir.resolve("nope.yaml") + ": no such file\n");

        Path bad = dir.resolve("bad.plan.yaml");
        Files.writeString(bad, Files.readString(Path.of(plan)).replace("table: customers", "table: custmers"));
        CliRun invalid = CliRun.of("dry-run", bad.toString(), "--estate", estate, "--local-scratch");
        assertThat(invalid.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(invalid.err()).contains("custmers")
                .endsWith(bad + ": does not validate; dry-run rehearses a valid plan (see phaseshift validate)\n");
    }

    @Test
    void helpSaysWhatItDoesEveryOptionTheExitCodesAndExamples() {
        CliRun run = CliRun.of("dry-run", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("phaseshift dry-run PLAN --estate FILE", "--simulated", "SIMULATED",
                "phaseshift_shadow_", "Exit codes:", "  0  the dry-run passed",
                "  3  a scratch server cannot be reached", "Examples:",
                "  postgresql  jdbc:postgresql://127.0.0.1:5432/postgres  user postgres",
                "  mysql       jdbc:mysql://127.0.0.1:3306/               user root");
        for (String option : new String[] {"--estate", "--scratch", "--local-scratch", "--scratch-user",
                "--scratch-password-env", "--sample", "--synthesize", "--statement-timeout", "--clean-stale",
                "--report", "--json-report", "--format", "--simulated", "--help"}) {
            assertThat(run.out()).containsPattern("(?m)^\\s+(-\\w, )?" + option + "[ =]");
        }
        assertThat(run.out()).doesNotContain("not yet available");
        // help text wraps at the terminal width: read it as prose
        assertThat(run.out().replaceAll("\\s+", " ")).contains("Shadows are always dropped",
                "Source databases are never written to");
    }
}
