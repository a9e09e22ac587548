package dev.phaseshift.dryrun.data;

import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.SourceFingerprint;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sampling the demo databases into shadows made from their snapshots, on PostgreSQL and MariaDB/MySQL: the rows
 * arrive unchanged, foreign keys hold (the shadow enforces them, so the load succeeding proves it) and the source
 * is left exactly as it was.
 */
class ShadowRowsSampleTest {
    private static DemoCopy demo;

    @BeforeAll
    static void materialize() throws Exception {
        demo = new DemoCopy(TestServers.postgres(), TestServers.mysql());
        demo.materialize();
    }

    @AfterAll
    static void drop() throws SQLException {
        if (demo != null) {
            demo.close();
        }
    }

    @Test
    void aSampleLargerThanEveryTableCopiesEveryRowUnchangedOnPostgres() throws Exception {
        copiesEveryRowUnchanged(Engine.POSTGRESQL);
    }

    @Test
    void aSampleLargerThanEveryTableCopiesEveryRowUnchangedOnMysql() throws Exception {
        copiesEveryRowUnchanged(Engine.MYSQL);
    }

    @Test
    void aSmallSampleStaysWithinTheLimitAndKeepsForeignKeysOnPostgres() throws Exception {
        staysWithinTheLimit(Engine.POSTGRESQL);
    }

    @Test
    void aSmallSampleStaysWithinTheLimitAndKeepsForeignKeysOnMysql() throws Exception {
        staysWithinTheLimit(Engine.MYSQL);
    }

    @Test
    void identityColumnsHandOutNewNumbersAfterSampling() throws Exception {
        ServiceDefinition customers = service("customers");
        Snapshot snapshot = introspect(customers);
        try (TestDatabase shadow = Shadows.create(demo.serverOf(customers), snapshot, "sample_seq");
             Connection source = demo.connect(customers); Connection target = shadow.connect()) {
            ShadowRows.sample(snapshot, source, target, 50);
            try (Statement st = target.createStatement()) {
                st.executeUpdate("INSERT INTO customer_groups (code, name) VALUES ('NEW', 'new group')");
                try (ResultSet rs = st.executeQuery("SELECT id FROM customer_groups WHERE code = 'NEW'")) {
                    rs.next();
                    assertThat(rs.getLong(1)).isEqualTo(4);
                }
            }
            assertThat(source.getAutoCommit()).as("source auto-commit restored").isTrue();
            assertThat(source.isReadOnly()).as("source read-only flag restored").isFalse();
        }
    }

    private static void copiesEveryRowUnchanged(Engine engine) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (ServiceDefinition service : services(engine)) {
            Snapshot snapshot = introspect(service);
            try (Connection source = demo.connect(service)) {
                SourceFingerprint before = SourceFingerprint.of(source, engine, schemas(service));
                try (TestDatabase shadow = Shadows.create(demo.serverOf(service), snapshot, "sample_all");
                     Connection target = shadow.connect()) {
                    LoadedRows loaded = ShadowRows.sample(snapshot, source, target, 50);
                    SourceFingerprint copy = SourceFingerprint.of(target, engine, Shadows.schemas(snapshot, shadow));
                    softly.assertThat(loaded.skipped()).as(service.name() + " skipped").isEmpty();
                    for (Map.Entry<String, String> table : before.tables().entrySet()) {
                        String name = tableName(table.getKey());
                        softly.assertThat(byTableName(copy, name)).as(service.name() + " rows of " + name)
                                .isEqualTo(table.getValue());
                        softly.assertThat(loaded.rowsByTable().get(table.getKey()))
                                .as(service.name() + " count reported for " + name)
                                .isEqualTo(Long.parseLong(table.getValue().split(":")[0]));
                    }
                }
                softly.assertThat(SourceFingerprint.of(source, engine, schemas(service)).differences(before))
                        .as(service.name() + " source changed").isEmpty();
            }
        }
        softly.assertAll();
    }

    private static void staysWithinTheLimit(Engine engine) throws Exception {
        SoftAssertions softly = new SoftAssertions();
        for (ServiceDefinition service : services(engine)) {
            Snapshot snapshot = introspect(service);
            try (Connection source = demo.connect(service)) {
                SourceFingerprint before = SourceFingerprint.of(source, engine, schemas(service));
                try (TestDatabase shadow = Shadows.create(demo.serverOf(service), snapshot, "sample_two");
                     Connection target = shadow.connect()) {
                    LoadedRows loaded = ShadowRows.sample(snapshot, source, target, 2);
                    SourceFingerprint copy = SourceFingerprint.of(target, engine, Shadows.schemas(snapshot, shadow));
                    for (Map.Entry<String, String> table : before.tables().entrySet()) {
                        String name = tableName(table.getKey());
                        long sourceRows = Long.parseLong(table.getValue().split(":")[0]);
                        long copied = Long.parseLong(byTableName(copy, name).split(":")[0]);
                        softly.assertThat(copied).as(service.name() + " rows of " + name).isLessThanOrEqualTo(2);
                        softly.assertThat(loaded.rowsByTable().get(table.getKey()))
                                .as(service.name() + " count reported for " + name).isEqualTo(copied);
                        boolean root = snapshot.schemas().stream().flatMap(s -> s.tables().stream())
                                .filter(t -> t.name().equals(name)).allMatch(t -> t.foreignKeys().isEmpty());
                        if (root) {
                            softly.assertThat(copied).as(service.name() + " rows of parentless " + name)
                                    .isEqualTo(Math.min(2, sourceRows));
                        }
                    }
                    softly.assertThat(loaded.total()).as(service.name() + " rows in all").isPositive();
                }
                softly.assertThat(SourceFingerprint.of(source, engine, schemas(service)).differences(before))
                        .as(service.name() + " source changed").isEmpty();
            }
        }
        softly.assertAll();
    }

    private static String byTableName(SourceFingerprint fingerprint, String table) {
        return fingerprint.tables().entrySet().stream().filter(e -> tableName(e.getKey()).equals(table))
                .map(Map.Entry::getValue).findFirst().orElse("missing");
    }

    private static String tableName(String dotted) {
        return dotted.substring(dotted.indexOf('.') + 1);
    }

    private static List<ServiceDefinition> services(Engine engine) {
        return DemoEstate.load().services().stream().filter(s -> s.engine() == engine).toList();
    }

    private static ServiceDefinition service(String name) {
        return DemoEstate.load().services().stream().filter(s -> s.name().equals(name)).findFirst().orElseThrow();
    }

    private static List<String> schemas(ServiceDefinition service) {
        return service.engine() == Engine.MYSQL ? List.of(demo.databaseOf(service)) : service.schemas();
    }

    private static Snapshot introspect(ServiceDefinition service) throws Exception {
        try (Connection c = demo.connect(service)) {
            return Introspector.forEngine(service.engine())
                    .introspect(c, IntrospectionRequest.of(service.name()).withSchemas(schemas(service), List.of()));
        }
    }
}
