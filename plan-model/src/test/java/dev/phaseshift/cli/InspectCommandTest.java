package dev.phaseshift.cli;

import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift inspect} against real servers: files written, lines printed, exit codes. */
class InspectCommandTest {
    private static final String PG_SCHEMA = String.join("\n",
            "CREATE SCHEMA app;",
            "CREATE TABLE app.customers (id bigint PRIMARY KEY, email text NOT NULL);",
            "CREATE TABLE app.orders (id bigint PRIMARY KEY, customer_id bigint REFERENCES app.customers (id),"
                    + " total numeric(12,2));",
            "CREATE INDEX orders_customer_idx ON app.orders (customer_id);",
            "CREATE VIEW app.big_orders AS SELECT id, total FROM app.orders WHERE total > 100;");
    private static final String MYSQL_SCHEMA = String.join("\n",
            "CREATE TABLE parcels (id BIGINT PRIMARY KEY, weight INT NOT NULL);",
            "CREATE TABLE labels (id BIGINT PRIMARY KEY, parcel_id BIGINT,"
                    + " CONSTRAINT labels_parcel_fk FOREIGN KEY (parcel_id) REFERENCES parcels (id));",
            "CREATE TABLE secrets (id INT PRIMARY KEY);");

    @TempDir
    Path dir;

    @Test
    void readsOneDatabaseIntoASnapshotFileAndPrintsASummary() throws Exception {
        DatabaseServer server = TestServers.postgres();
        try (TestDatabase db = server.createDatabase("cli_inspect")) {
            load(db, PG_SCHEMA);
            Path file = dir.resolve("orders.json");
            CliRun run = CliRun.of("inspect", "--url", withPassword(db.url(), server.password()), "--user",
                    server.user(), "--schema", "app", "--service", "orders", "--out", file.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern(
                    "orders: 2 tables, 5 columns, 1 FKs, 3 indexes, 1 views in \\d+\\.\\d\\d s -> .*orders\\.json");
            Snapshot snapshot = SnapshotFile.read(file);
            assertThat(snapshot.service()).isEqualTo("orders");
            assertThat(snapshot.schemas()).extracting(s -> s.name()).containsExactly("app");
            assertThat(snapshot.table("app", "orders").orElseThrow().foreignKeys()).hasSize(1);
            assertThat(snapshot.partial()).isFalse();
        }
    }

    @Test
    void readsEveryServiceOfAnEstateIntoTheDirectory() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (TestDatabase orders = pg.createDatabase("cli_estate_pg");
             TestDatabase shipping = mysql.createDatabase("cli_estate_my")) {
            load(orders, PG_SCHEMA);
            load(shipping, MYSQL_SCHEMA);
            Path estate = estate(orders, shipping);
            Path out = dir.resolve("snapshots");
            CliRun run = CliRun.of("inspect", "--estate", estate.toString(), "--out", out.toString());
            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("(?m)^orders: 2 tables, 5 columns, 1 FKs, 3 indexes, 1 views in ")
                    .containsPattern("(?m)^shipping: 3 tables, 5 columns, 1 FKs, 4 indexes, 0 views in ");
            assertThat(SnapshotFile.read(out.resolve("orders.json")).tableCount()).isEqualTo(2);
            assertThat(SnapshotFile.read(out.resolve("shipping-snapshot.json")).tableCount()).isEqualTo(3);

            CliRun one = CliRun.of("inspect", "--estate", estate.toString(), "--service", "shipping", "--out",
                    dir.resolve("one").toString());
            assertThat(one.exitCode()).as(one.err()).isZero();
            assertThat(one.out()).startsWith("shipping: ").doesNotContain("orders:");
            assertThat(dir.resolve("one")).isDirectoryContaining(p -> p.getFileName().toString()
                    .equals("shipping-snapshot.json")).isDirectoryNotContaining(p -> p.getFileName().toString()
                    .equals("orders.json"));

            CliRun unknown = CliRun.of("inspect", "--estate", estate.toString(), "--service", "billing", "--out",
                    dir.toString());
            assertThat(unknown.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(unknown.err().strip()).startsWith("phaseshift: inspect: ").contains("has no service \"billing\"",
                    "\"orders\"", "\"shipping\"");
        }
    }

    @Test
    void anUnreachableServerExitsThreeNamingTheService() {
        Path file = dir.resolve("x.json");
        CliRun run = CliRun.of("inspect", "--url", "jdbc:postgresql://127.0.0.1:1/nowhere", "--user", "app",
                "--service", "ledger", "--out", file.toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err().strip()).startsWith("phaseshift: inspect: ").contains("service \"ledger\"",
                "cannot connect to 127.0.0.1:1").doesNotContain("\tat ");
        assertThat(file).doesNotExist();
    }

    @Test
    void anUnknownSchemaExitsTwoNamingServiceAndSchema() throws Exception {
        DatabaseServer server = TestServers.postgres();
        try (TestDatabase db = server.createDatabase("cli_schema")) {
            load(db, PG_SCHEMA);
            CliRun run = CliRun.of("inspect", "--url", withPassword(db.url(), server.password()), "--user",
                    server.user(), "--schema", "billing", "--service", "orders", "--out",
                    dir.resolve("x.json").toString());
            assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(run.err()).contains("service \"orders\"", "\"billing\"");
        }
    }

    @Test
    void badArgumentsExitTwo() {
        assertThat(CliRun.of("inspect", "--out", "x.json").exitCode()).as("neither --url nor --estate")
                .isEqualTo(ExitCode.BAD_INPUT);
        CliRun noUser = CliRun.of("inspect", "--url", "jdbc:postgresql://127.0.0.1/db", "--out", "x.json");
        assertThat(noUser.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noUser.err().strip()).isEqualTo("phaseshift: inspect: give --user, or user=... in the --url");
        CliRun noVariable = CliRun.of("inspect", "--url", "jdbc:postgresql://127.0.0.1/db", "--user", "u",
                "--password-env", "PHASESHIFT_TEST_SURELY_UNSET", "--out", "x.json");
        assertThat(noVariable.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noVariable.err()).contains("environment variable PHASESHIFT_TEST_SURELY_UNSET is not set");
        CliRun noEstate = CliRun.of("inspect", "--estate", dir.resolve("missing.yaml").toString(), "--out", "d");
        assertThat(noEstate.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(noEstate.err()).contains("missing.yaml: no such file");
    }

    @Test
    void aPromptedPasswordWithoutAConsoleExitsTwo() throws Exception {
        Path estate = dir.resolve("phaseshift.yaml");
        Files.writeString(estate, String.join("\n",
                "format: phaseshift/estate@1",
                "name: Prompting",
                "services:",
                "  - name: orders",
                "    engine: postgresql",
                "    url: jdbc:postgresql://127.0.0.1:5432/orders",
                "    user: app",
                "    password: ${prompt}",
                ""));
        CliRun run = CliRun.of("inspect", "--estate", estate.toString(), "--out", dir.resolve("s").toString());
        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err().strip()).isEqualTo("phaseshift: inspect: service \"orders\" asks for its password "
                + "(${prompt}) but there is no console to ask on; run interactively, or use ${env:VARIABLE}");
    }

    /**
     * A separate JVM, so the password really travels through an environment variable; a user who may read
     * only some tables, so the snapshot is partial. Neither the printed lines, the log, the snapshot nor the
     * error of a wrong password contain the password.
     */
    @Test
    void neverWritesThePasswordAndListsWhatTheUserMayNotRead() throws Exception {
        DatabaseServer mysql = TestServers.mysql();
        String name = "pstest_cli_" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36);
        String user = "'" + name + "'@'%'";
        String password = "Pw-" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36) + "-x";
        try (TestDatabase db = mysql.createDatabase("cli_password")) {
            load(db, MYSQL_SCHEMA);
            admin(mysql, "CREATE USER " + user + " IDENTIFIED BY '" + password + "'");
            admin(mysql, "GRANT SELECT ON `" + db.name() + "`.parcels TO " + user);
            admin(mysql, "GRANT SELECT ON `" + db.name() + "`.labels TO " + user);
            Path file = dir.resolve("shipping.json");

            Process ok = phaseshift(password, "inspect", "--url", db.url(), "--user", name, "--password-env",
                    "PHASESHIFT_TEST_PASSWORD", "--service", "shipping", "--out", file.toString(), "--verbose");
            String okOut = output(ok, "out");
            String okErr = output(ok, "err");
            assertThat(ok.exitValue()).as(okErr).isZero();
            assertThat(okOut).contains("shipping: 2 tables").contains("(partial: ");
            Snapshot snapshot = SnapshotFile.read(file);
            assertThat(snapshot.partial()).isTrue();
            assertThat(snapshot.schemas().get(0).tables()).extracting(t -> t.name())
                    .containsExactlyInAnyOrder("labels", "parcels");

            Process wrong = phaseshift(password + "-wrong", "inspect", "--url", db.url(), "--user", name,
                    "--password-env", "PHASESHIFT_TEST_PASSWORD", "--service", "shipping", "--out",
                    dir.resolve("wrong.json").toString(), "--verbose");
            String wrongOut = output(wrong, "out");
            String wrongErr = output(wrong, "err");
            assertThat(wrong.exitValue()).isEqualTo(ExitCode.CANNOT_CONNECT);
            assertThat(wrongErr).contains("service \"shipping\"", "as \"" + name + "\"");

            for (String text : List.of(okOut, okErr, Files.readString(file), wrongOut, wrongErr)) {
                assertThat(text).doesNotContain(password);
            }
        } finally {
            admin(mysql, "DROP USER IF EXISTS " + user);
        }
    }

    /** Runs the command line in a new JVM on this test's class path, with the password in the environment. */
    private Process phaseshift(String password, String... args) throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(PhaseshiftMain.class.getName());
        command.addAll(List.of(args));
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectOutput(dir.resolve("process.out").toFile())
                .redirectError(dir.resolve("process.err").toFile());
        builder.environment().put("PHASESHIFT_TEST_PASSWORD", password);
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("phaseshift finished").isTrue();
        return process;
    }

    private String output(Process process, String stream) throws Exception {
        return Files.readString(dir.resolve("process." + stream), StandardCharsets.UTF_8);
    }

    private Path estate(TestDatabase orders, TestDatabase shipping) throws Exception {
        Path estate = dir.resolve("phaseshift.yaml");
        Files.writeString(estate, String.join("\n",
                "format: phaseshift/estate@1",
                "name: Test shop",
                "services:",
                "  - name: orders",
                "    engine: postgresql",
                "    url: " + withPassword(orders.url(), orders.server().password()),
                "    user: " + orders.server().user(),
                "    schemas: [app]",
                "    snapshot: snapshots/orders.json",
                "  - name: shipping",
                "    engine: mysql",
                "    url: " + withPassword(shipping.url(), shipping.server().password()),
                "    user: " + shipping.server().user(),
                "    snapshot: snapshots/shipping-snapshot.json",
                ""));
        return estate;
    }

    /** In-process runs cannot set environment variables; a password the test server needs goes in the URL. */
    private static String withPassword(String url, String password) {
        if (password == null || password.isEmpty()) {
            return url;
        }
        return url + (url.contains("?") ? "&" : "?") + "password=" + password;
    }

    private static void load(TestDatabase db, String script) throws SQLException {
        try (Connection c = db.connect(); Statement s = c.createStatement()) {
            for (String sql : script.split(";\n?")) {
                if (!sql.isBlank()) {
                    s.execute(sql);
                }
            }
        }
    }

    private static void admin(DatabaseServer server, String sql) throws SQLException {
        try (Connection c = server.connectAdmin(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }
}
