package dev.phaseshift.cli;

import dev.phaseshift.version.PhaseshiftVersion;
import dev.phaseshift.ddl.RecreatedSnapshot;
import dev.phaseshift.ddl.SchemaMapping;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.ClientProgram;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SqlFixtures;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift ddl}: the script it writes recreates the snapshot when the engine's own client runs it. */
class DdlCommandTest {

    @TempDir
    Path dir;

    @ParameterizedTest
    @ValueSource(strings = {"billing", "catalog", "customers", "inventory", "notifications", "orders", "shipping"})
    void demoSnapshotScriptRunThroughTheClientCreatesExactlyTheSnapshot(String service) throws Exception {
        Path file = demoSnapshot(service);
        Snapshot snapshot = SnapshotFile.read(file);
        DatabaseServer server = snapshot.engine() == Engine.POSTGRESQL ? TestServers.postgres() : TestServers.mysql();
        try (TestDatabase copy = server.createDatabase("cli_ddl_" + service)) {
            SchemaMapping mapping = RecreatedSnapshot.mappingInto(snapshot, copy);
            List<String> args = new ArrayList<>(List.of("ddl", file.toString(), "--out", dir.resolve(service + ".sql")
                    .toString()));
            mapping.targets().forEach((from, to) -> args.addAll(List.of("--schema-map", from + "=" + to)));

            CliRun run = CliRun.of(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.err()).isEmpty();
            assertThat(run.out()).isEqualTo("wrote " + dir.resolve(service + ".sql") + ": DDL of service \""
                    + service + "\" (" + snapshot.engine().id() + ")\n");
            String script = Files.readString(dir.resolve(service + ".sql"));
            assertThat(script).startsWith("-- DDL that recreates the snapshot of service \"" + service + "\" ("
                    + service + ".json), written by phaseshift " + PhaseshiftVersion.current() + "\n-- source: " + snapshot.source() + "\n");
            assertThat(script).contains("-- server version: " + snapshot.serverVersion() + "\n")
                    .doesNotContain("INCOMPLETE");
            runWithClient(copy, script);
            RecreatedSnapshot.assertEqual(snapshot, mapping, RecreatedSnapshot.introspect(copy, service));
        }
    }

    @Test
    void withoutOutTheScriptGoesToStandardOutput() throws Exception {
        CliRun run = CliRun.of("ddl", demoSnapshot("orders").toString());

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).startsWith("-- DDL that recreates the snapshot of service \"orders\"")
                .contains("CREATE TABLE ");
    }

    @Test
    void mysqlTriggerBodiesAreWrappedInDelimiterLinesThatTheClientRuns() throws Exception {
        DatabaseServer server = TestServers.mysql();
        Path file = dir.resolve("audit.json");
        try (TestDatabase source = server.createDatabase("cli_ddl_trigger_src");
             TestDatabase copy = server.createDatabase("cli_ddl_trigger_copy")) {
            ClientProgram.shell(source.server().engine()).run(source, List.of(),
                    SqlFixtures.resource("/cli/ddl/trigger-mysql.sql"));
            Snapshot snapshot = RecreatedSnapshot.introspect(source, "audit");
            SnapshotFile.write(snapshot, file);

            CliRun run = CliRun.of("ddl", file.toString(), "--schema-map", source.name() + "=" + copy.name());

            assertThat(run.exitCode()).as(run.err()).isZero();
            assertThat(run.out()).containsPattern("(?s)\nDELIMITER (\\S+)\nCREATE TRIGGER .*END\\1\nDELIMITER ;\n");
            runWithClient(copy, run.out());
            RecreatedSnapshot.assertEqual(snapshot, SchemaMapping.of(source.name(), copy.name()),
                    RecreatedSnapshot.introspect(copy, "audit"));
        }
    }

    @Test
    void aPartialSnapshotListsWhatIsMissingAtTheTopAndWarnsOnStandardError() throws Exception {
        Snapshot partial = SnapshotFile.read(demoSnapshot("orders")).withSkipped(List.of(
                new SkippedObject("public", "order_totals", "view", "definition",
                        "no privilege to read the definition for role \"reader\""),
                new SkippedObject("public", "orders", "table", "triggers", "trigger functions are not readable")));
        Path file = dir.resolve("partial.json");
        SnapshotFile.write(partial, file);

        CliRun run = CliRun.of("ddl", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.out()).contains("""
                -- INCOMPLETE: the snapshot is partial; 2 objects could not be read and may be missing or incomplete \
                below:
                --   skipped view "public"."order_totals" (definition): no privilege to read the definition for role \
                "reader"
                --   skipped table "public"."orders" (triggers): trigger functions are not readable
                """);
        assertThat(run.err()).isEqualTo("phaseshift: ddl: warning: " + file + " is a partial snapshot: 2 objects "
                + "could not be read, so the script is incomplete (they are listed at its top)\n");
    }

    @Test
    void grantsNameTheirRolesInTheHeaderAndNoPrivilegesLeavesThemOut() throws Exception {
        Snapshot orders = SnapshotFile.read(demoSnapshot("orders"));
        Snapshot granted = orders.withSchemas(orders.schemas().stream().map(s -> s.withPrivileges(List.of(
                new Privilege(PrivilegeTarget.SCHEMA, null, null, "reporting", "USAGE", false, false),
                new Privilege(PrivilegeTarget.SCHEMA, null, null, Privilege.PUBLIC, "USAGE", false, true))))
                .toList());
        Path file = dir.resolve("granted.json");
        SnapshotFile.write(granted, file);

        CliRun run = CliRun.of("ddl", file.toString());
        CliRun without = CliRun.of("ddl", file.toString(), "--no-privileges");

        assertThat(run.exitCode()).as(run.err()).isZero();
        assertThat(run.out()).contains("-- grants need these roles or accounts on the target server (leave grants "
                + "out with --no-privileges): \"reporting\"\n").contains("\nGRANT USAGE ON SCHEMA ")
                .contains("\nREVOKE USAGE ON SCHEMA ");
        assertThat(without.exitCode()).as(without.err()).isZero();
        assertThat(without.out()).doesNotContain("GRANT ").doesNotContain("REVOKE ").doesNotContain("roles")
                .contains("CREATE TABLE ");
    }

    @Test
    void aSnapshotFileThatIsNotJsonIsExitTwoWithOneLineNamingFileLineAndColumn() throws Exception {
        Path file = dir.resolve("broken.json");
        Files.writeString(file, "{\n  \"format\": \"phaseshift/snapshot@1\",\n  \"service\": orders\n}\n");

        CliRun run = CliRun.of("ddl", file.toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).startsWith("phaseshift: ddl: " + file + ":3:").endsWith("\n");
        assertThat(run.err().lines()).hasSize(1);
    }

    @Test
    void aMissingSnapshotFileIsExitTwo() {
        CliRun run = CliRun.of("ddl", dir.resolve("nowhere.json").toString());

        assertThat(run.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(run.err()).isEqualTo("phaseshift: ddl: " + dir.resolve("nowhere.json") + ": no such file\n");
    }

    @Test
    void badOptionsAreExitTwoWithOneLine() throws Exception {
        Path orders = demoSnapshot("orders");
        Path shipping = demoSnapshot("shipping");

        CliRun product = CliRun.of("ddl", orders.toString(), "--engine-product", "mariadb");
        CliRun unknownProduct = CliRun.of("ddl", shipping.toString(), "--engine-product", "oracle");
        CliRun map = CliRun.of("ddl", orders.toString(), "--schema-map", "nope=x");
        CliRun malformed = CliRun.of("ddl", orders.toString(), "--schema-map", "public");

        assertThat(List.of(product, unknownProduct, map, malformed)).allSatisfy(r -> {
            assertThat(r.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
            assertThat(r.err().lines()).hasSize(1);
        });
        assertThat(product.err()).isEqualTo("phaseshift: ddl: --engine-product mariadb needs a MySQL-family "
                + "snapshot; " + orders + " is postgresql\n");
        assertThat(unknownProduct.err()).contains("unknown product \"oracle\": expected mariadb or mysql");
        assertThat(map.err()).contains(orders + " has no schema \"nope\"; it has [\"public\"]");
        assertThat(malformed.err()).contains("--schema-map \"public\": expected FROM=TO");
    }

    @Test
    void engineProductRendersAMariaDbSnapshotForMysql() throws Exception {
        Path shipping = demoSnapshot("shipping");
        Snapshot snapshot = SnapshotFile.read(shipping);

        CliRun mysql = CliRun.of("ddl", shipping.toString(), "--engine-product", "mysql");
        CliRun mariadb = CliRun.of("ddl", shipping.toString(), "--engine-product", "mariadb");

        assertThat(mysql.exitCode()).as(mysql.err()).isZero();
        assertThat(mysql.out()).contains("-- written for: mysql\n");
        assertThat(mariadb.out()).contains("-- written for: mariadb\n");
        assertThat(snapshot.product()).isNotNull();
    }

    private Path demoSnapshot(String service) throws Exception {
        Path file = dir.resolve(service + ".json");
        if (!Files.exists(file)) {
            Files.writeString(file, SqlFixtures.resource("/demo/snapshots/" + service + ".json"));
        }
        return file;
    }

    /** Runs a script as a user would: psql stopping at the first error, or the mariadb/mysql client. */
    private static void runWithClient(TestDatabase db, String script) {
        List<String> args = db.server().engine() == dev.phaseshift.testing.ServerKind.POSTGRESQL
                ? List.of("-X", "-q", "-v", "ON_ERROR_STOP=1") : List.of();
        ClientProgram.shell(db.server().engine()).run(db, args, script);
    }
}
