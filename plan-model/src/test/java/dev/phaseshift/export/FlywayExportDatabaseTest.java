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
 * gives after every phase the schema the simulation predicts and the schema the plan's own SQL gives on a second
 * copy.
 */
class FlywayExportDatabaseTest {
    private static DemoCopy viaFlyway;
    private static DemoCopy viaPlan;

    @BeforeAll
    static void materialize() throws Exception {
        viaFlyway = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        viaPlan = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        viaFlyway.materialize();
        viaPlan.materialize();
    }

    @AfterAll
    static void drop() throws Exception {
        if (viaFlyway != null) {
            viaFlyway.close();
        }
        if (viaPlan != null) {
            viaPlan.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void flywayMigratesEveryPhaseToTheSimulatedSchema(String name, @TempDir Path dir) throws Exception {
        ExportInput input = DemoExports.input(name);
        List<ExportedFile> files = DemoExports.write(FlywayExport.write(input), dir);
        for (String serviceName : input.changedServices()) {
            ServiceDefinition service = input.service(serviceName);
            DatabaseServer server = viaFlyway.serverOf(service);
            Path migrations = dir.resolve("flyway/" + serviceName + "/migrations");
            List<Phase> phases = input.plan().phases();
            for (int k = 1; k <= phases.size(); k++) {
                Phase phase = phases.get(k - 1);
                Integer target = lastVersion(files, serviceName, input.planSlug(), phase.id());
                if (target != null) {
                    var result = Flyway.configure()
                            .dataSource(server.jdbcUrl(viaFlyway.databaseOf(service)), server.user(), server.password())
                            .baselineOnMigrate(true).baselineVersion("0")
                            .locations("filesystem:" + migrations.toAbsolutePath())
                            .target(MigrationVersion.fromVersion(String.valueOf(target)))
                            .load().migrate();
                    assertThat(result.success).as("flyway migrate of %s phase %s", serviceName, phase.id()).isTrue();
                }
                for (StepStatements step : input.statements(phase.id(), serviceName)) {
                    DemoExports.runOwnSql(viaPlan, step);
                }
                Snapshot expected = input.simulation().after(k).get(serviceName);
                Snapshot migrated = DemoExports.introspect(viaFlyway, service);
                Snapshot planned = DemoExports.introspect(viaPlan, service);
                assertThat(DemoExports.differences(serviceName, expected, migrated))
                        .as("%s after phase %s (flyway) against the simulation", serviceName, phase.id()).isEmpty();
                assertThat(DemoExports.differences(serviceName, planned, migrated))
                        .as("%s after phase %s (flyway) against the plan's own SQL", serviceName, phase.id())
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
