package dev.phaseshift.cli;

import dev.phaseshift.export.ExportTarget;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class ExportCommandTest {
    @Test
    void everyTargetWritesItsFiles(@TempDir Path dir) throws Exception {
        Path estate = DemoEstateFiles.estate(dir);
        Path plan = DemoEstateFiles.plan(dir, "rename-phone");
        for (ExportTarget target : ExportTarget.values()) {
            Path out = dir.resolve("out-" + target.id());
            CliRun run = CliRun.of("export", plan.toString(), "--estate", estate.toString(), "--to", target.id(),
                    "--out", out.toString());
            assertThat(run.exitCode()).as(target.id() + ": " + run.err()).isZero();
            assertThat(run.out()).startsWith("wrote ");
            try (Stream<Path> files = Files.walk(out)) {
                assertThat(files.filter(Files::isRegularFile).count()).as(target.id()).isPositive();
            }
        }
        assertThat(dir.resolve("out-html/rename_phone_to_phone_number.review.html")).exists();
        assertThat(dir.resolve("out-flyway/flyway/shipping/flyway.toml")).exists();
    }

    @Test
    void theReviewQuotesTheVerdictsOfADryRunReport(@TempDir Path dir) throws Exception {
        Path estate = DemoEstateFiles.estate(dir);
        Path plan = DemoEstateFiles.plan(dir, "orders-priority");
        Path report = dir.resolve("dry-run.json");
        CliRun dryRun = CliRun.of("dry-run", plan.toString(), "--estate", estate.toString(), "--simulated",
                "--json-report", report.toString());
        assertThat(dryRun.exitCode()).as(dryRun.err()).isZero();
        Path out = dir.resolve("review");
        CliRun run = CliRun.of("export", plan.toString(), "--estate", estate.toString(), "--to", "markdown", "--out",
                out.toString(), "--dry-run-report", report.toString());
        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(Files.readString(out.resolve("add_fulfilment_priority_to_orders.review.md")))
                .contains("dry-run (simulated, " + report + "): passed", "| expand | passed |");
        Path notAReport = dir.resolve("not-a-report.json");
        Files.writeString(notAReport, "{\"format\": \"phaseshift/plan@1\"}");
        CliRun bad = CliRun.of("export", plan.toString(), "--estate", estate.toString(), "--to", "html", "--out",
                out.toString(), "--dry-run-report", notAReport.toString());
        assertThat(bad.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(bad.err().strip()).doesNotContain("\n").contains("not a dry-run report");
    }

    @Test
    void anUnknownTargetIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path estate = DemoEstateFiles.estate(dir);
        Path plan = DemoEstateFiles.plan(dir, "rename-phone");
        CliRun run = CliRun.of("export", plan.toString(), "--estate", estate.toString(), "--to", "jenkins", "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("phaseshift: export: --to must be one of "
                + "flyway|liquibase|github-actions|gitlab-ci|markdown|html, not \"jenkins\"");
        assertThat(dir.resolve("out")).doesNotExist();
    }

    @Test
    void anUnreadablePlanNamesFileLineAndColumn(@TempDir Path dir) throws Exception {
        Path estate = DemoEstateFiles.estate(dir);
        Path plan = dir.resolve("broken.plan.yaml");
        Files.writeString(plan, "format: phaseshift/plan@1\nname: broken\nphases:\n  - id: expand\n    kind: explode\n");
        CliRun run = CliRun.of("export", plan.toString(), "--estate", estate.toString(), "--to", "flyway", "--out",
                dir.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n")
                .matches("phaseshift: export: " + java.util.regex.Pattern.quote(plan.toString()) + ":5:\\d+: .*");
        CliRun missing = CliRun.of("export", dir.resolve("absent.plan.yaml").toString(), "--estate",
                estate.toString(), "--to", "flyway", "--out", dir.resolve("out").toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(missing.err().strip()).doesNotContain("\n").contains("absent.plan.yaml", "cannot read");
    }

    @Test
    void anOutputDirectoryThatCannotBeWrittenIsOneLineAndExitTwo(@TempDir Path dir) throws Exception {
        Path estate = DemoEstateFiles.estate(dir);
        Path plan = DemoEstateFiles.plan(dir, "orders-priority");
        Path blocker = dir.resolve("not-a-directory");
        Files.writeString(blocker, "a file where the output directory should go");
        CliRun run = CliRun.of("export", plan.toString(), "--estate", estate.toString(), "--to", "liquibase",
                "--out", blocker.resolve("out").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).doesNotContain("\n")
                .startsWith("phaseshift: export: cannot create output directory " + blocker.resolve("out"));
    }

    @Test
    void helpShowsTheTargets() {
        CliRun run = CliRun.of("export", "--help");
        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("TARGET: flyway|liquibase|github-actions|gitlab-ci|markdown|html",
                "--dry-run-report", "executeInTransaction=false", "--label-filter");
    }

    /**
     * Runs the real command line in its own process with the database passwords set in its environment, as a CI
     * job would, and checks that no exported file of any target contains one.
     */
    @Test
    void noPasswordFromTheEnvironmentReachesAnExportedFile(@TempDir Path dir) throws Exception {
        Path estate = DemoEstateFiles.estate(dir);
        String text = Files.readString(estate);
        for (String service : List.of("customers", "orders", "shipping")) {
            text = text.replace("    snapshot: snapshots/" + service + ".json", "    password: ${env:"
                    + service.toUpperCase() + "_DB_PASSWORD}\n    snapshot: snapshots/" + service + ".json");
        }
        Files.writeString(estate, text);
        Map<String, String> secrets = Map.of("CUSTOMERS_DB_PASSWORD", "s3cret-customers-4f9a",
                "ORDERS_DB_PASSWORD", "s3cret-orders-77c1", "SHIPPING_DB_PASSWORD", "s3cret-shipping-0b2e");
        Path out = dir.resolve("out");
        for (String name : List.of("rename-phone", "orders-priority")) {
            Path plan = DemoEstateFiles.plan(dir, name);
            for (ExportTarget target : ExportTarget.values()) {
                List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java")
                        .toString(), "-cp", System.getProperty("java.class.path"), PhaseshiftMain.class.getName(),
                        "export", plan.toString(), "--estate", estate.toString(), "--to", target.id(), "--out",
                        out.resolve(name + "-" + target.id()).toString()));
                ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
                builder.environment().putAll(secrets);
                Process p = builder.start();
                String output = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
                assertThat(p.waitFor(2, TimeUnit.MINUTES)).isTrue();
                assertThat(p.exitValue()).as(target.id() + ":\n" + output).isZero();
            }
        }
        List<Path> files;
        try (Stream<Path> walk = Files.walk(out)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertThat(files).hasSizeGreaterThan(20);
        StringBuilder all = new StringBuilder();
        for (Path f : files) {
            String content = new String(Files.readAllBytes(f), StandardCharsets.ISO_8859_1);
            for (String secret : secrets.values()) {
                assertThat(content).as(f + " contains a password").doesNotContain(secret);
            }
            all.append(content);
        }
        // the files do name where the passwords come from
        assertThat(all).contains("${env.CUSTOMERS_DB_PASSWORD}", "${{ secrets.SHIPPING_DB_PASSWORD }}",
                "LIQUIBASE_COMMAND_PASSWORD=\"$ORDERS_DB_PASSWORD\"");
    }
}
