package dev.phaseshift.dryrun.data;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SourceFingerprint;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.assertj.core.api.SoftAssertions;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.util.Map;
import java.util.TreeMap;

/**
 * Generated rows for every demo service, on PostgreSQL and MariaDB/MySQL: every table gets N rows that the
 * shadow's keys, uniqueness, NOT NULL and checks accept (they are enforced there, so the load succeeding proves
 * it), and two runs write the same rows.
 */
class ShadowRowsSynthesizeTest {
    private static final int ROWS = 100;

    @Test
    void everyPostgresDemoTableGetsRowsTheSchemaAcceptsTheSameEachRun() throws Exception {
        fillsEveryTable(Engine.POSTGRESQL, TestServers.postgres());
    }

    @Test
    void everyMysqlDemoTableGetsRowsTheSchemaAcceptsTheSameEachRun() throws Exception {
        fillsEveryTable(Engine.MYSQL, TestServers.mysql());
    }

    private static void fillsEveryTable(Engine engine, DatabaseServer server) throws Exception {
        Estate estate = DemoEstate.load();
        SoftAssertions softly = new SoftAssertions();
        for (ServiceDefinition service : estate.services()) {
            if (service.engine() != engine) {
                continue;
            }
            Snapshot snapshot = estate.snapshot(service.name()).orElseThrow();
            Map<String, String> first = synthesized(server, snapshot, softly);
            Map<String, String> second = synthesized(server, snapshot, softly);
            softly.assertThat(second).as(service.name() + " rows of a second run").isEqualTo(first);
        }
        softly.assertAll();
    }

    /** Table name → {@code <rows>:<md5>} after filling a fresh shadow. */
    private static Map<String, String> synthesized(DatabaseServer server, Snapshot snapshot, SoftAssertions softly)
            throws Exception {
        try (TestDatabase shadow = Shadows.create(server, snapshot, "synthesize");
             Connection target = shadow.connect()) {
            LoadedRows loaded = ShadowRows.synthesize(snapshot, target, ROWS);
            softly.assertThat(loaded.skipped()).as(snapshot.service() + " tables short of rows").isEmpty();
            softly.assertThat(loaded.rowsByTable()).as(snapshot.service() + " rows per table")
                    .hasSize(snapshot.tableCount()).allSatisfy((table, rows) -> softly.assertThat(rows)
                            .as(snapshot.service() + " rows of " + table).isEqualTo(ROWS));
            Map<String, String> byTable = new TreeMap<>();
            SourceFingerprint.of(target, snapshot.engine(), Shadows.schemas(snapshot, shadow)).tables()
                    .forEach((name, sum) -> byTable.put(name.substring(name.indexOf('.') + 1), sum));
            for (Map.Entry<String, Long> table : loaded.rowsByTable().entrySet()) {
                String name = table.getKey().substring(table.getKey().indexOf('.') + 1);
                softly.assertThat(byTable.get(name)).as(snapshot.service() + " rows in " + name)
                        .startsWith(table.getValue() + ":");
            }
            return byTable;
        }
    }
}
