package dev.phaseshift.cli;

import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A wait_for_deployment gate answered by the consumer contract's deployed_check query, and a verify gate: the
 * phase waits (exit 1, saying what to pass) until the query is true, and every gate outcome is journalled.
 */
class ApplyCommandGateTest {
    @TempDir
    Path dir;

    @Test
    void aDeploymentCheckQueryHoldsThePhaseUntilItIsTrueAndGatesAreJournalled() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_gate")) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE items (id integer PRIMARY KEY, v integer NOT NULL DEFAULT 0)");
                st.execute("CREATE TABLE deployments (service text NOT NULL, version text NOT NULL)");
            }
            Path estate = RunnerFixture.estate(dir, db, "postgres", null);
            RunnerFixture.inspect(estate);
            Files.writeString(estate, Files.readString(estate) + "consumers:\n  - service: app\n    version: v2\n"
                    + "    reads:\n      - table: app.public.items\n        columns: [id]\n        via: shared-database\n    deployed_check:\n"
                    + "      service: app\n      query: SELECT count(*) > 0 FROM deployments WHERE version = 'v2'\n");
            Path plan = RunnerFixture.plan(dir, "gated", "  - id: contract\n    kind: contract\n    gates:\n"
                    + "      - verify:\n          service: app\n          query: SELECT count(*) = 0 FROM items\n"
                    + "      - wait_for_deployment:\n          service: app\n          version: v2\n    steps:\n"
                    + "      - id: app-items-drop-v\n        service: app\n        operation:\n"
                    + "          drop_column:\n            table: items\n            column: v\n");

            CliRun waits = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "contract");
            assertThat(waits.exitCode()).as(waits.err()).isEqualTo(ExitCode.FINDINGS);
            assertThat(waits.err()).contains("phaseshift: apply: phase \"contract\" waits for app v2 to be deployed: "
                    + "pass --deployed app=v2");
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("INSERT INTO deployments VALUES ('app', 'v2')");
            }
            CliRun run = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "contract");
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).contains("gate: app v2 is deployed (deployed_check on app returned true)");

            List<String> gates = new ArrayList<>();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT step_id, status, detail FROM phaseshift.journal"
                         + " WHERE kind = 'gate' ORDER BY id")) {
                while (rs.next()) {
                    gates.add(rs.getString(1) + " " + rs.getString(2) + ": " + rs.getString(3));
                }
            }
            assertThat(gates).containsExactly(
                    "gate-1 done: verification on app returned true: SELECT count(*) = 0 FROM items",
                    "gate-2 failed: phase \"contract\" waits for app v2 to be deployed: pass --deployed app=v2 once "
                            + "it is, or give its consumer contract a deployed_check (docs/runner.md)",
                    "gate-1 done: verification on app returned true: SELECT count(*) = 0 FROM items",
                    "gate-2 done: app v2 is deployed (deployed_check on app returned true)");
        }
    }
}
