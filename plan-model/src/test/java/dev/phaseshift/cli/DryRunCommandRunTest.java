package dev.phaseshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.dryrun.ShadowName;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.JsonSchemaCheck;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code phaseshift dry-run} end to end: the demo plan rehearsed on shadows of the test servers, and the simulated
 * run. Needs the shadow engine (ShadowDryRun), the simulated run and the HTML writer.
 */
class DryRunCommandRunTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

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
    void theRenamePlanPassesOnShadowsThatAreAllDroppedAfterwards() throws Exception {
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate, "--format", "json",
                "--scratch", "customers=" + DemoEstateFiles.scratchUrl(TestServers.postgres()),
                "--scratch", "shipping=" + DemoEstateFiles.scratchUrl(TestServers.mysql()));
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.OK);
        JsonNode report = MAPPER.readTree(run.out());
        assertThat(schema().check(report)).isEmpty();
        assertThat(report.path("kind").asText()).isEqualTo("shadow");
        assertThat(report.path("passed").asBoolean()).isTrue();
        assertThat(report.path("summary").path("steps").path("failed").asInt()).isZero();
        assertThat(report.path("services")).hasSize(2);
        for (JsonNode phase : report.path("phases")) {
            String verdict = phase.path("steps").size() == 0 ? "skipped" : "passed";
            assertThat(phase.path("rollback").path("verdict").asText()).as(phase.toString()).isEqualTo(verdict);
            assertThat(phase.path("idempotence").path("verdict").asText()).as(phase.toString()).isEqualTo(verdict);
        }
        assertThat(report.path("reversible").path("verdict").asText()).isEqualTo("passed");
        for (JsonNode service : report.path("services")) {
            assertThat(service.path("dropped").asBoolean()).as(service.toString()).isTrue();
            assertThat(service.path("scratchServer").asText()).doesNotContain("password");
            DatabaseServer server = service.path("service").asText().equals("customers") ? TestServers.postgres()
                    : TestServers.mysql();
            assertThat(exists(server, service.path("shadowDatabase").asText())).as(service.toString()).isFalse();
        }
    }

    @Test
    void theTextReportEndsWithTheVerdictAndTheHtmlAndJsonReportsAreWritten() throws Exception {
        Path html = dir.resolve("dry-run.html");
        Path json = dir.resolve("dry-run.json");
        CliRun run = CliRun.of("dry-run", plan, "--estate", estate, "--report", html.toString(),
                "--json-report", json.toString(), "--statement-timeout", "30s",
                "--scratch", "customers=" + DemoEstateFiles.scratchUrl(TestServers.postgres()),
                "--scratch", "shipping=" + DemoEstateFiles.scratchUrl(TestServers.mysql()));
        assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.OK);
        assertThat(run.out()).startsWith("dry-run of plan ").contains("phase expand: ")
                .endsWith("dry-run passed\n");
        assertThat(run.err()).contains("customers-customers-add-phone_number");
        assertThat(Files.readString(html)).containsIgnoringCase("<html").contains("phone_number");
        assertThat(schema().check(MAPPER.readTree(json.toFile()))).isEmpty();
    }

    @Test
    void aSimulatedRunIsLabelledAndNeedsNoDatabase() throws Exception {
        CliRun text = CliRun.of("dry-run", plan, "--estate", estate, "--simulated");
        assertThat(text.exitCode()).as(text.err() + text.out()).isEqualTo(ExitCode.OK);
        assertThat(text.out()).contains("SIMULATED: nothing ran").endsWith("dry-run passed (simulated: nothing ran)\n");

        CliRun json = CliRun.of("dry-run", plan, "--estate", estate, "--simulated", "--format", "json");
        assertThat(json.exitCode()).isEqualTo(ExitCode.OK);
        JsonNode report = MAPPER.readTree(json.out());
        assertThat(schema().check(report)).isEmpty();
        assertThat(report.path("kind").asText()).isEqualTo("simulated");
    }

    @Test
    void staleShadowsAreListedAndDroppedOnlyWhenAsked() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        ShadowName stale = ShadowName.fresh("customers", Instant.now().minus(Duration.ofMinutes(20)));
        try (Connection c = pg.connectAdmin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + stale.databaseName());
        }
        try {
            CliRun listed = CliRun.of("dry-run", plan, "--estate", estate,
                    "--scratch", "customers=" + DemoEstateFiles.scratchUrl(pg), "--scratch", "shipping=" + DemoEstateFiles.scratchUrl(TestServers.mysql()));
            assertThat(listed.err()).contains("stale shadow " + stale + " on jdbc:postgresql://")
                    .contains("found; run with --clean-stale to drop them");
            assertThat(exists(pg, stale.databaseName())).isTrue();

            CliRun cleaned = CliRun.of("dry-run", plan, "--estate", estate, "--clean-stale",
                    "--scratch", "customers=" + DemoEstateFiles.scratchUrl(pg), "--scratch", "shipping=" + DemoEstateFiles.scratchUrl(TestServers.mysql()));
            assertThat(cleaned.err()).containsPattern("stale shadow " + stale + " on \\S+ \\(created [^)]+\\): dropped");
            assertThat(exists(pg, stale.databaseName())).isFalse();
            assertThat(listed.exitCode()).as(listed.err()).isEqualTo(ExitCode.OK);
            assertThat(cleaned.exitCode()).as(cleaned.err()).isEqualTo(ExitCode.OK);
        } finally {
            try (Connection c = pg.connectAdmin(); Statement st = c.createStatement()) {
                st.execute("DROP DATABASE IF EXISTS " + stale.databaseName());
            }
        }
    }


    private static boolean exists(DatabaseServer server, String database) throws SQLException {
        String sql = server.engine().engine() == dev.phaseshift.schema.Engine.POSTGRESQL
                ? "SELECT count(*) FROM pg_database WHERE datname = ?"
                : "SELECT count(*) FROM information_schema.schemata WHERE schema_name = ?";
        try (Connection c = server.connectAdmin(); PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setString(1, database);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getInt(1) > 0;
            }
        }
    }

    private static JsonSchemaCheck schema() throws IOException {
        for (Path d = Path.of("").toAbsolutePath(); d != null; d = d.getParent()) {
            Path file = d.resolve("docs/schema/dry-run-report.schema.json");
            if (Files.exists(file)) {
                return new JsonSchemaCheck(MAPPER.readTree(file.toFile()));
            }
        }
        throw new IllegalStateException("cannot find docs/schema/dry-run-report.schema.json");
    }
}
