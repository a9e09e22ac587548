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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The Liquibase export of each demo plan, run by Liquibase itself one phase at a time ({@code --label-filter}) on
 * a fresh copy of the demo databases, gives after every phase the simulated schema and the schema {@code phaseshift
 * apply} gives on a second copy for the same phase; {@code liquibase rollback} of every changeset then gives back
 * the schema the copy started with. The bookkeeping each tool leaves (Liquibase's changelog and lock tables, the
 * runner's journal) is left out of the comparison by {@link DemoExports#introspect}.
 */
class LiquibaseExportDatabaseTest {
    @TempDir
    static Path estateDir;
    private static DemoCopy viaLiquibase;
    private static AppliedCopy viaApply;

    @BeforeAll
    static void materialize() throws Exception {
        viaLiquibase = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        viaLiquibase.materialize();
        viaApply = AppliedCopy.materialize(estateDir);
    }

    @AfterAll
    static void drop() throws Exception {
        if (viaLiquibase != null) {
            viaLiquibase.close();
        }
        if (viaApply != null) {
            viaApply.close();
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {"rename-phone", "orders-priority"})
    void liquibaseRunsEveryPhaseLikeApplyAndRollsBackToTheStart(String name, @TempDir Path dir) throws Exception {
        ExportInput input = DemoExports.input(name);
        DemoExports.write(LiquibaseExport.write(input), dir);
        String changelog = input.planSlug() + ".changelog.yaml";
        Map<String, Snapshot> original = new LinkedHashMap<>();
        Map<String, Integer> changesets = new LinkedHashMap<>();
        for (String serviceName : input.changedServices()) {
            original.put(serviceName, DemoExports.introspect(viaLiquibase, input.service(serviceName)));
            changesets.put(serviceName, 0);
        }
        List<Phase> phases = input.plan().phases();
        for (int k = 1; k <= phases.size(); k++) {
            Phase phase = phases.get(k - 1);
            viaApply.apply(name, input.plan(), phase);
            for (String serviceName : input.changedServices()) {
                ServiceDefinition service = input.service(serviceName);
                // one run per phase and service, as a pipeline would call liquibase update --label-filter
                try (Connection c = viaLiquibase.connect(service)) {
                    Database database = DatabaseFactory.getInstance()
                            .findCorrectDatabaseImplementation(new JdbcConnection(c));
                    new Liquibase(changelog, new DirectoryResourceAccessor(dir.resolve("liquibase/" + serviceName)),
                            database).update(new Contexts(), new LabelExpression(phase.id()));
                }
                changesets.merge(serviceName, input.statements(phase.id(), serviceName).size(), Integer::sum);
                Snapshot expected = input.simulation().after(k).get(serviceName);
                Snapshot migrated = DemoExports.introspect(viaLiquibase, service);
                Snapshot applied = DemoExports.introspect(viaApply.copy(), service);
                assertThat(DemoExports.differences(serviceName, expected, migrated))
                        .as("%s after phase %s (liquibase) against the simulation", serviceName, phase.id())
                        .isEmpty();
                assertThat(DemoExports.differences(serviceName, applied, migrated))
                        .as("%s after phase %s (liquibase) against phaseshift apply", serviceName, phase.id())
                        .isEmpty();
            }
        }
        for (String serviceName : input.changedServices()) {
            ServiceDefinition service = input.service(serviceName);
            assertThat(DemoExports.differences(serviceName, original.get(serviceName),
                    DemoExports.introspect(viaLiquibase, service))).as("the plan changed %s", serviceName).isNotEmpty();
            try (Connection c = viaLiquibase.connect(service)) {
                Database database = DatabaseFactory.getInstance()
                        .findCorrectDatabaseImplementation(new JdbcConnection(c));
                // a new run, as on the command line: no label filter left over from the last phase's update
                new Liquibase(changelog, new DirectoryResourceAccessor(dir.resolve("liquibase/" + serviceName)),
                        database).rollback(changesets.get(serviceName), null, new Contexts(), new LabelExpression());
                // as the command line does when it finishes: the last changeset's rollback commits with the session
                database.commit();
            }
            assertThat(DemoExports.differences(serviceName, original.get(serviceName),
                    DemoExports.introspect(viaLiquibase, service)))
                    .as("%s after liquibase rollback of all %d changesets", serviceName, changesets.get(serviceName))
                    .isEmpty();
            assertThat(DemoExports.differences(serviceName, input.simulation().initial().get(serviceName),
                    DemoExports.introspect(viaLiquibase, service))).isEmpty();
        }
    }
}
