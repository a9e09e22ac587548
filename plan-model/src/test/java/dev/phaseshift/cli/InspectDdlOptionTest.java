package dev.phaseshift.cli;

import dev.phaseshift.version.PhaseshiftVersion;
import dev.phaseshift.ddl.RecreatedSnapshot;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.ClientProgram;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift inspect --ddl}: the DDL script lands next to the snapshot and recreates it. */
class InspectDdlOptionTest {

    @TempDir
    Path dir;

    @Test
    void writesTheScriptNextToTheSnapshotAndItRecreatesTheSchema() throws Exception {
        DatabaseServer server = TestServers.postgres();
        try (TestDatabase source = server.createDatabase("cli_inspect_ddl");
             TestDatabase copy = server.createDatabase("cli_inspect_ddl_copy")) {
            psql(source, """
                    CREATE SCHEMA app;
                    CREATE TABLE app.customers (id bigint PRIMARY KEY, email text NOT NULL UNIQUE);
                    CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES app.customers,
                        status varchar(10) NOT NULL CHECK (status IN ('new', 'paid')));
                    CREATE VIEW app.paid AS SELECT id FROM app.orders WHERE status = 'paid';
                    """);
            Path file = dir.resolve("orders.json");

            CliRun run = CliRun.of("inspect", "--url", url(source), "--user", server.user(),
                    "--service", "orders", "--ddl", "--out", file.toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            Path script = dir.resolve("orders.sql");
            assertThat(run.out()).contains("\n  ddl -> " + script + "\n");
            String text = Files.readString(script);
            assertThat(text).startsWith("-- DDL that recreates the snapshot of service \"orders\" (orders.json), "
                    + "written by phaseshift " + PhaseshiftVersion.current() + "\n");
            psql(copy, text);
            Snapshot snapshot = SnapshotFile.read(file);
            RecreatedSnapshot.assertEqual(snapshot, SchemaMapping.IDENTITY, RecreatedSnapshot.introspect(copy, "x"));
        }
    }

    @Test
    void withoutTheOptionNoScriptIsWritten() throws Exception {
        DatabaseServer server = TestServers.postgres();
        try (TestDatabase source = server.createDatabase("cli_inspect_noddl")) {
            psql(source, "CREATE TABLE public.t (id int PRIMARY KEY);");

            CliRun run = CliRun.of("inspect", "--url", url(source), "--user", server.user(), "--schema", "public",
                    "--out", dir.resolve("t.json").toString());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).doesNotContain("ddl ->");
            assertThat(dir.resolve("t.sql")).doesNotExist();
        }
    }

    /** The URL with the test server's password in it, as InspectCommandTest does (throw-away servers only). */
    private static String url(TestDatabase db) {
        String password = db.server().password();
        return password.isEmpty() ? db.url() : db.url() + (db.url().contains("?") ? "&" : "?") + "password=" + password;
    }

    private static void psql(TestDatabase db, String script) {
        ClientProgram.shell(db.server().engine()).run(db, List.of("-X", "-q", "-v", "ON_ERROR_STOP=1"), script);
    }
}
