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

import static org.assertj.core.api.Assertions.assertThat;

/** Bad input stops apply with one line and the right exit code, before anything is journalled. */
class ApplyCommandInputTest {
    private static final String PHASES = "  - id: expand\n    kind: expand\n    steps:\n"
            + "      - id: app-items-add-extra\n        service: app\n        operation:\n"
            + "          add_column:\n            table: items\n            column:\n"
            + "              name: extra\n              type: integer\n"
            + RunnerFixture.backfillPhase("items", "extra = 1", 100, 0).replace("  - id: migrate\n",
            "  - id: migrate\n    depends_on: [expand]\n");

    @TempDir
    Path dir;

    @Test
    void anUnknownPhaseIsRefusedBeforeAnyDatabaseIsTouched() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_input")) {
            Path[] files = setUp(db);
            CliRun run = apply(files, "expnad");
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("phaseshift: apply: plan \"add extra\" has no phase \"expnad\"; its phases "
                    + "are expand, migrate\n");
            assertThat(journalRows(db)).isEqualTo(-1);
        }
    }

    @Test
    void aPhaseWhosePreviousPhasesAreNotDoneIsRefusedAndNothingIsJournalled() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_input")) {
            Path[] files = setUp(db);
            CliRun run = apply(files, "migrate");
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("phaseshift: apply: phase \"migrate\" cannot run before phase \"expand\" "
                    + "is done on \"app\": apply --phase expand first\n");
            assertThat(journalRows(db)).isEqualTo(0);
            assertThat(apply(files, "expand").exitCode()).isZero();
            assertThat(apply(files, "migrate").exitCode()).isZero();
        }
    }

    @Test
    void anUnreachableServiceExitsThree() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_input")) {
            Path[] files = setUp(db);
            Files.writeString(files[0], Files.readString(files[0]).replaceAll("url: jdbc:postgresql://[^/]+/",
                    "url: jdbc:postgresql://127.0.0.1:1/"));
            CliRun run = apply(files, "expand");
            assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCode.CANNOT_CONNECT);
            assertThat(run.err()).startsWith("phaseshift: apply: service \"app\": cannot connect to jdbc:postgresql://127.0.0.1:1/");
            assertThat(run.err().strip()).doesNotContain("\n");
        }
    }

    @Test
    void aJournalWrittenByANewerFormatIsRefusedAndLeftAsItWas() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("runner_input")) {
            Path[] files = setUp(db);
            assertThat(apply(files, "expand").exitCode()).isZero();
            long before;
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("UPDATE phaseshift_journal SET format = 2 WHERE id = (SELECT min(id) FROM "
                        + "(SELECT id FROM phaseshift_journal) j)");
                before = journalRows(db);
            }
            CliRun run = apply(files, "migrate");
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).isEqualTo("phaseshift: apply: service \"app\": its journal phaseshift_journal was "
                    + "written in format 2 by a newer phaseshift, and this one reads format 1: use a newer "
                    + "phaseshift\n");
            assertThat(journalRows(db)).isEqualTo(before);
            CliRun status = CliRun.of("status", files[1].toString(), "--estate", files[0].toString());
            assertThat(status.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        }
    }

    @Test
    void aDoneStepWhoseSqlChangedRefusesTheRunNamingTheStepAndBothChecksums() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("runner_input")) {
            Path[] files = setUp(db);
            assertThat(apply(files, "expand").exitCode()).isZero();
            Files.writeString(files[1], Files.readString(files[1]).replace("type: integer", "type: bigint"));
            CliRun run = apply(files, "migrate");
            assertThat(run.exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(run.err()).matches("phaseshift: apply: step \"app-items-add-extra\" on service \"app\" was "
                    + "applied with checksum [0-9a-f]{12} but the plan now renders checksum [0-9a-f]{12}: .*\n");
            long rows = journalRows(db);
            assertThat(apply(files, "migrate").exitCode()).isEqualTo(ExitCode.FINDINGS);
            assertThat(journalRows(db)).isEqualTo(rows);
        }
    }

    private Path[] setUp(TestDatabase db) throws Exception {
        boolean pg = db.server().engine().engine() == dev.phaseshift.schema.Engine.POSTGRESQL;
        try (Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items (id integer PRIMARY KEY, v integer NOT NULL DEFAULT 0)");
            st.execute("INSERT INTO items (id) VALUES (1), (2), (3)");
        }
        Path estate = RunnerFixture.estate(dir, db, pg ? "postgres" : "root", null);
        RunnerFixture.inspect(estate);
        return new Path[] {estate, RunnerFixture.plan(dir, "add extra", PHASES)};
    }

    private static CliRun apply(Path[] files, String phase) {
        return CliRun.of("apply", files[1].toString(), "--estate", files[0].toString(), "--phase", phase);
    }

    /** The rows of the journal, or -1 when there is no journal. */
    private static long journalRows(TestDatabase db) throws Exception {
        boolean pg = db.server().engine().engine() == dev.phaseshift.schema.Engine.POSTGRESQL;
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT count(*) FROM " + (pg ? "phaseshift.journal"
                     : "phaseshift_journal"))) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            return -1;
        }
    }
}
