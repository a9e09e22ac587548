package dev.phaseshift.cli;

import dev.phaseshift.testing.DatabaseServer;
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
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A backfill whose {@code set} is not idempotent ({@code hits = hits + 1}) on 200,000 rows, its runner killed with
 * SIGKILL at random moments and resumed each time: every row is changed exactly once, the journal's rows done is
 * the number of rows changed, and only the attempt that finished is journalled done. {@link #KILLS} kills here;
 * {@code BackfillKillDrill} runs twenty.
 */
class ApplyCommandKillTest {
    static final int ROWS = 200_000;
    private static final int KILLS = 3;

    @TempDir
    Path dir;

    @Test
    void aKilledPostgresBackfillResumesWithoutLosingOrRepeatingARow() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_kill")) {
            killAndResume(dir, db, "postgres", "phaseshift.journal", KILLS);
        }
    }

    @Test
    void aKilledMariaDbBackfillResumesWithoutLosingOrRepeatingARow() throws Exception {
        DatabaseServer server = TestServers.mysql();
        try (TestDatabase db = server.createDatabase("runner_kill")) {
            killAndResume(dir, db, "root", "phaseshift_journal", KILLS);
        }
    }

    /** The drill: {@code kills} SIGKILLs at random moments of the backfill, then a resume to the end. */
    static void killAndResume(Path dir, TestDatabase db, String user, String journal, int kills) throws Exception {
        boolean pg = journal.contains(".");
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE counters (id bigint PRIMARY KEY, hits integer NOT NULL DEFAULT 0)");
            st.execute(pg ? "INSERT INTO counters (id) SELECT g FROM generate_series(1, " + ROWS + ") g"
                    : "INSERT INTO counters (id) SELECT seq FROM seq_1_to_" + ROWS);
        }
        Path estate = RunnerFixture.estate(dir, db, user, null);
        RunnerFixture.inspect(estate);
        // many kills need a slower walk, or the backfill runs out of rows before the last kill
        int pauseMs = kills > KILLS ? 10 : 2;
        int latestKillMs = kills > KILLS ? 150 : 400;
        Path plan = RunnerFixture.plan(dir, "count hits", RunnerFixture.backfillPhase("counters", "hits = hits + 1",
                500, pauseMs));
        int killed = 0;
        // one watching session: opening a connection per poll is slow enough on a busy server to let a run go on
        try (Connection watch = db.connect()) {
        for (int i = 0; i < kills; i++) {
            Process p = RunnerFixture.child(dir, "run" + i, Map.of(), "apply", plan.toString(), "--estate",
                    estate.toString(), "--phase", "migrate", i == 0 ? "--yes" : "--resume");
            long before = rowsDone(watch, journal);
            // wait until this run has committed a batch, then kill it a random moment later
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (rowsDone(watch, journal) <= before && p.isAlive() && System.nanoTime() < deadline) {
                Thread.sleep(20);
            }
            Thread.sleep(ThreadLocalRandom.current().nextInt(10, latestKillMs));
            if (p.isAlive()) {
                p.destroyForcibly();
                killed++;
            }
            p.waitFor(30, TimeUnit.SECONDS);
            assertThat(rowsDone(watch, journal)).as("run %d: %s", i,
                    Files.readString(dir.resolve("run" + i + ".err"))).isLessThanOrEqualTo(ROWS);
        }
        }
        assertThat(killed).as("the backfill outran the kills; give it more rows").isEqualTo(kills);
        CliRun last = CliRun.of("apply", plan.toString(), "--estate", estate.toString(), "--phase", "migrate",
                "--resume");
        assertThat(last.exitCode()).as(last.err() + last.out()).isZero();
        assertThat(last.err()).contains("resuming after key");

        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            assertThat(single(st, "SELECT sum(hits) FROM counters")).isEqualTo(ROWS);
            assertThat(single(st, "SELECT count(*) FROM counters WHERE hits <> 1")).isZero();
            List<String> attempts = new ArrayList<>();
            try (ResultSet rs = st.executeQuery("SELECT status, attempt FROM " + journal
                    + " WHERE kind = 'step' ORDER BY id")) {
                while (rs.next()) {
                    attempts.add(rs.getString(1) + " " + rs.getInt(2));
                }
            }
            List<String> expected = new ArrayList<>();
            for (int i = 1; i <= kills; i++) {
                expected.add("failed " + i);
            }
            expected.add("done " + (kills + 1));
            assertThat(attempts).isEqualTo(expected);
            assertThat(single(st, "SELECT rows_done FROM " + journal + " WHERE kind = 'step' AND status = 'done'"))
                    .isEqualTo(ROWS);
        }
    }

    private static long rowsDone(Connection c, String journal) throws Exception {
        try (Statement st = c.createStatement()) {
            try (ResultSet rs = st.executeQuery("SELECT max(rows_done) FROM " + journal + " WHERE kind = 'step'")) {
                return rs.next() ? rs.getLong(1) : 0;
            }
        } catch (java.sql.SQLException e) {
            return 0; // the journal does not exist yet
        }
    }

    private static long single(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
