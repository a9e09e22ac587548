package dev.phaseshift.export;

import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Flyway export of each demo plan, run by Flyway itself phase by phase on a fresh copy of the demo databases,
 * gives after every phase the schema the simulation predicts and the schema {@code phaseshift apply} gives on a
 * second copy for the same phase. The bookkeeping each tool leaves (Flyway's history table, the runner's journal)
 * is left out of the comparison by {@link DemoExports#introspect}.
 */
class FlywayExportDatabaseTest {
    @TempDir
    static Path estateDir;
    private static DemoCopy viaFlyway;
    private static AppliedCopy viaApply;

    @BeforeAll
    static void materialize() throws Exception {
        viaFlyway = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        viaFlyway.materialize();
        viaApply = AppliedCopy.materialize(estateDir);
    }

    @AfterAll
    static void drop() throws Exception {
        if (viaFlyway != null) {
            viaFlyway.close();
        }
        if (viaApply != null) {
            viaApply.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void flywayMigratesEveryPhaseToTheSimulatedAndTheAppliedSchema(String name, @TempDir Path dir) throws Exception {
        ExportInput input = DemoExports.input(name);
        List<ExportedFile> files = DemoExports.write(FlywayExport.write(input), dir);
        List<Phase> phases = input.plan().phases();
        for (int k = 1; k <= phases.size(); k++) {
            Phase phase = phases.get(k - 1);
            viaApply.apply(name, input.plan(), phase);
            for (String serviceName : input.changedServices()) {
                ServiceDefinition service = input.service(serviceName);
                Integer target = lastVersion(files, serviceName, input.planSlug(), phase.id());
                if (target != null) {
                    DatabaseServer server = viaFlyway.serverOf(service);
                    Path migrations = dir.resolve("flyway/" + serviceName + "/migrations");
                    var result = Flyway.configure()
                            .dataSource(server.jdbcUrl(viaFlyway.databaseOf(service)), server.user(), server.password())
                            .baselineOnMigrate(true).baselineVersion("0")
                            .locations("filesystem:" + migrations.toAbsolutePath())
                            .target(MigrationVersion.fromVersion(String.valueOf(target)))
                            .load().migrate();
                    assertThat(result.success).as("flyway migrate of %s phase %s", serviceName, phase.id()).isTrue();
                }
                Snapshot expected = input.simulation().after(k).get(serviceName);
                Snapshot migrated = DemoExports.introspect(viaFlyway, service);
                Snapshot applied = DemoExports.introspect(viaApply.copy(), service);
                assertThat(DemoExports.differences(serviceName, expected, migrated))
                        .as("%s after phase %s (flyway) against the simulation", serviceName, phase.id()).isEmpty();
                assertThat(DemoExports.differences(serviceName, applied, migrated))
                        .as("%s after phase %s (flyway) against phaseshift apply", serviceName, phase.id())
                        .isEmpty();
            }
        }
    }

    /** The highest migration version of one phase of one service, read from the file names the export chose. */
    static Integer lastVersion(List<ExportedFile> files, String service, String slug, String phase) {
        Pattern name = Pattern.compile("flyway/" + Pattern.quote(service) + "/migrations/V(\\d+)__"
                + Pattern.quote(slug + "_" + phase) + "(_part\\d+)?\\.sql");
        Integer last = null;
        for (ExportedFile f : files) {
            Matcher m = name.matcher(f.path());
            if (m.matches()) {
                last = Math.max(last == null ? 0 : last, Integer.parseInt(m.group(1)));
            }
        }
        return last;
    }
}
