package dev.phaseshift.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SourceFingerprint;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user's path with real sources: inspect the services, then rehearse the demo rename plan with rows sampled
 * from them. The sources are only read: their schema and every row are the same afterwards, and no shadow is left.
 */
class DryRunSampleTest {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aSampledRehearsalPassesAndLeavesTheSourcesByteForByteUnchanged() throws Exception {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            copy.materialize();
            Path estate = DemoEstateFiles.inspected(dir, copy, pg, mysql);
            Path plan = DemoEstateFiles.plan(dir, "rename-phone");

            String customers = copy.prefix() + "shop_customers";
            String shipping = copy.prefix() + "shop_shipping";
            SourceFingerprint customersBefore = fingerprint(pg, customers, Engine.POSTGRESQL, "public");
            SourceFingerprint shippingBefore = fingerprint(mysql, shipping, Engine.MYSQL, shipping);

            CliRun run = CliRun.of("dry-run", plan.toString(), "--estate", estate.toString(), "--sample", "25",
                    "--format", "json", "--scratch", "customers=" + DemoEstateFiles.scratchUrl(pg),
                    "--scratch", "shipping=" + DemoEstateFiles.scratchUrl(mysql));
            assertThat(run.exitCode()).as(run.err() + run.out()).isEqualTo(ExitCode.OK);
            JsonNode report = MAPPER.readTree(run.out());
            assertThat(report.path("passed").asBoolean()).isTrue();
            List<String> shadows = new ArrayList<>();
            for (JsonNode service : report.path("services")) {
                assertThat(service.path("rowsLoaded").asLong()).as(service.toString()).isPositive();
                assertThat(service.path("dropped").asBoolean()).isTrue();
                shadows.add(service.path("shadowDatabase").asText());
            }
            for (JsonNode phase : report.path("phases")) {
                if (phase.path("steps").size() > 0) {
                    assertThat(phase.path("rollback").path("verdict").asText()).as(phase.toString())
                            .isEqualTo("passed");
                    assertThat(phase.path("idempotence").path("verdict").asText()).as(phase.toString())
                            .isEqualTo("passed");
                }
            }
            // the backfills ran on sampled rows: their throughput was measured
            long measured = 0;
            for (JsonNode phase : report.path("phases")) {
                for (JsonNode step : phase.path("steps")) {
                    measured += step.path("backfill").path("rowsMeasured").asLong();
                }
            }
            assertThat(measured).isPositive();

            assertThat(fingerprint(pg, customers, Engine.POSTGRESQL, "public").differences(customersBefore)).isEmpty();
            assertThat(fingerprint(mysql, shipping, Engine.MYSQL, shipping).differences(shippingBefore)).isEmpty();
            assertThat(shadowsLeft(pg, "phaseshift_shadow_customers_")).doesNotContainAnyElementsOf(shadows);
            assertThat(shadowsLeft(mysql, "phaseshift_shadow_shipping_")).doesNotContainAnyElementsOf(shadows);
        }
    }

    private static SourceFingerprint fingerprint(DatabaseServer server, String database, Engine engine, String schema)
            throws Exception {
        try (Connection c = server.connect(database)) {
            return SourceFingerprint.of(c, engine, List.of(schema));
        }
    }


    private static List<String> shadowsLeft(DatabaseServer server, String prefix) throws Exception {
        String sql = server.engine().engine() == Engine.POSTGRESQL ? "SELECT datname FROM pg_database"
                : "SELECT schema_name FROM information_schema.schemata";
        List<String> out = new ArrayList<>();
        try (Connection c = server.connectAdmin(); Statement st = c.createStatement(); ResultSet rs = st.executeQuery(sql)) {
            while (rs.next()) {
                if (rs.getString(1).startsWith(prefix)) {
                    out.add(rs.getString(1));
                }
            }
        }
        return out;
    }
}
