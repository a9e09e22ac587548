package dev.phaseshift.export;

import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.plan.Phase;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.TestServers;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.DirectoryResourceAccessor;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;
import java.sql.Connection;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Liquibase export of each demo plan, run by Liquibase itself one phase at a time ({@code --label-filter}) on
 * a fresh copy of the demo databases, gives after every phase the simulated schema and the schema of the plan's
 * own SQL; {@code liquibase rollback} of every changeset then gives back the schema the copy started with.
 */
class LiquibaseExportDatabaseTest {
    private static DemoCopy viaLiquibase;
    private static DemoCopy viaPlan;

    @BeforeAll
    static void materialize() throws Exception {
        viaLiquibase = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        viaPlan = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        viaLiquibase.materialize();
        viaPlan.materialize();
    }

    @AfterAll
    static void drop() throws Exception {
        if (viaLiquibase != null) {
            viaLiquibase.close();
        }
        if (viaPlan != null) {
            viaPlan.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void liquibaseRunsEveryPhaseAndRollsBackToTheStart(String name, @TempDir Path dir) throws Exception {
        ExportInput input = DemoExports.input(name);
        DemoExports.write(LiquibaseExport.write(input), dir);
        for (String serviceName : input.changedServices()) {
            ServiceDefinition service = input.service(serviceName);
            Snapshot original = DemoExports.introspect(viaLiquibase, service);
            Path folder = dir.resolve("liquibase/" + serviceName);
            String changelog = input.planSlug() + ".changelog.yaml";
            List<Phase> phases = input.plan().phases();
            int changesets = 0;
            try (Connection c = viaLiquibase.connect(service)) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                Liquibase liquibase = new Liquibase(changelog, new DirectoryResourceAccessor(folder), database);
                for (int k = 1; k <= phases.size(); k++) {
                    Phase phase = phases.get(k - 1);
                    liquibase.update(new Contexts(), new LabelExpression(phase.id()));
                    for (StepStatements step : input.statements(phase.id(), serviceName)) {
                        DemoExports.runOwnSql(viaPlan, step);
                        changesets++;
                    }
                    Snapshot expected = input.simulation().after(k).get(serviceName);
                    Snapshot migrated = DemoExports.introspect(viaLiquibase, service);
                    assertThat(DemoExports.differences(serviceName, expected, migrated))
                            .as("%s after phase %s (liquibase) against the simulation", serviceName, phase.id())
                            .isEmpty();
                    assertThat(DemoExports.differences(serviceName, DemoExports.introspect(viaPlan, service),
                            migrated)).as("%s after phase %s (liquibase) against the plan's own SQL", serviceName,
                            phase.id()).isEmpty();
                }
                assertThat(DemoExports.differences(serviceName, original, DemoExports.introspect(viaLiquibase,
                        service))).as("the plan changed %s", serviceName).isNotEmpty();
                // a new run, as on the command line: no label filter left over from the last phase's update
                new Liquibase(changelog, new DirectoryResourceAccessor(folder), database)
                        .rollback(changesets, null, new Contexts(), new LabelExpression());
                // as the command line does when it finishes: the last changeset's rollback commits with the session
                database.commit();
            }
            assertThat(DemoExports.differences(serviceName, original, DemoExports.introspect(viaLiquibase, service)))
                    .as("%s after liquibase rollback of all %d changesets", serviceName, changesets).isEmpty();
            assertThat(DemoExports.differences(serviceName, input.simulation().initial().get(serviceName),
                    DemoExports.introspect(viaLiquibase, service))).isEmpty();
        }
    }
}
