package dev.phaseshift.cli;

import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * One runner at a time per target and plan: a second apply while the first runs exits 1 and says who holds the
 * plan; a runner killed with SIGKILL leaves no lock behind, because the server ends its session.
 */
class ApplyCommandLockTest {
    @TempDir
    Path dir;

    @Test
    void aSecondApplyOfTheSamePlanOnPostgresStopsAndNamesTheRunnerThatHoldsIt() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_lock")) {
            secondRunnerStops(db, "postgres", "phaseshift.journal");
        }
    }

    @Test
    void aSecondApplyOfTheSamePlanOnMariaDbStopsAndNamesTheRunnerThatHoldsIt() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("runner_lock")) {
            secondRunnerStops(db, "root", "phaseshift_journal");
        }
    }

    @Test
    void aRunnerKilledWithSigkillLeavesNoLockOnPostgres() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_lock")) {
            killedRunnerReleases(db, "postgres", "phaseshift.journal");
        }
    }

    @Test
    void aRunnerKilledWithSigkillLeavesNoLockOnMariaDb() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("runner_lock")) {
            killedRunnerReleases(db, "root", "phaseshift_journal");
        }
    }

    private void secondRunnerStops(TestDatabase db, String user, String journal) throws Exception {
        Path[] files = slowBackfill(db, user);
        Process first = RunnerFixture.child(dir, "first", Map.of(), "apply", files[1].toString(), "--estate",
                files[0].toString(), "--phase", "migrate");
        try {
            waitForLockRow(db, journal, first);
            CliRun second = CliRun.of("apply", files[1].toString(), "--estate", files[0].toString(), "--phase",
                    "migrate");
            assertThat(second.exitCode()).as(second.err()).isEqualTo(ExitCode.FINDINGS);
            assertThat(second.err().strip()).matches("phaseshift: apply: plan \"slow fill\" is being applied on app by "
                    + "\\S.* \\(pid " + first.pid() + "\\) since \\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\dZ");
            CliRun status = CliRun.of("status", files[1].toString(), "--estate", files[0].toString());
            assertThat(status.out()).contains("app-counters-backfill").contains("running")
                    .contains("(pid " + first.pid() + ")");
            assertThat(first.waitFor(120, TimeUnit.SECONDS)).isTrue();
            assertThat(first.exitValue()).as(Files.readString(dir.resolve("first.err"))).isZero();
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*), min(hits), max(hits) FROM counters")) {
                rs.next();
                assertThat(rs.getLong(1)).isEqualTo(3000);
                assertThat(rs.getInt(2)).isEqualTo(1);
                assertThat(rs.getInt(3)).isEqualTo(1);
            }
        } finally {
            first.destroyForcibly();
        }
    }

    private void killedRunnerReleases(TestDatabase db, String user, String journal) throws Exception {
        Path[] files = slowBackfill(db, user);
        Process first = RunnerFixture.child(dir, "killed", Map.of(), "apply", files[1].toString(), "--estate",
                files[0].toString(), "--phase", "migrate");
        waitForLockRow(db, journal, first);
        first.destroyForcibly();
        assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
        CliRun status = CliRun.of("status", files[1].toString(), "--estate", files[0].toString());
        assertThat(status.out()).contains("interrupted");
        CliRun next = CliRun.of("apply", files[1].toString(), "--estate", files[0].toString(), "--phase", "migrate",
                "--resume");
        assertThat(next.exitCode()).as(next.err() + next.out()).isZero();
        assertThat(next.err()).contains("attempt 2");
    }

    /** A 3,000-row backfill that takes a few seconds: estate and plan. */
    private Path[] slowBackfill(TestDatabase db, String user) throws Exception {
        boolean pg = db.server().engine().engine() == dev.phaseshift.schema.Engine.POSTGRESQL;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE counters (id bigint PRIMARY KEY, hits integer NOT NULL DEFAULT 0)");
            st.execute(pg ? "INSERT INTO counters (id) SELECT g FROM generate_series(1, 3000) g"
                    : "INSERT INTO counters (id) SELECT seq FROM seq_1_to_3000");
        }
        Path estate = RunnerFixture.estate(dir, db, user, null);
        RunnerFixture.inspect(estate);
        Path plan = RunnerFixture.plan(dir, "slow fill", RunnerFixture.backfillPhase("counters", "hits = hits + 1",
                100, 150));
        return new Path[] {estate, plan};
    }

    /** Until the runner has journalled that it holds the lock and started its step. */
    private static void waitForLockRow(TestDatabase db, String journal, Process runner) throws Exception {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline && runner.isAlive()) {
            try (Connection c = db.connect(); Statement st = c.createStatement();
                 ResultSet rs = st.executeQuery("SELECT count(*) FROM " + journal + " WHERE kind = 'step' AND pid = "
                         + runner.pid())) {
                if (rs.next() && rs.getLong(1) > 0) {
                    return;
                }
            } catch (SQLException e) {
                // no journal yet
            }
            Thread.sleep(50);
        }
        throw new AssertionError("the runner never started its step");
    }
}
