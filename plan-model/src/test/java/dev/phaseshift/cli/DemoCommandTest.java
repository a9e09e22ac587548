package dev.phaseshift.cli;

import dev.phaseshift.demo.DemoCopy;
import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.ServiceDefinition;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** {@code phaseshift demo} against real servers, each run on its own uniquely prefixed databases. */
class DemoCommandTest {
    @Test
    void materialisesEveryServiceAndASecondRunChangesNothing() throws SQLException {
        DatabaseServer pg = TestServers.postgres();
        DatabaseServer mysql = TestServers.mysql();
        try (DemoCopy copy = new DemoCopy(pg, mysql)) {
            String[] args = {"demo", "--pg", urlWithUser(pg), "--mysql", urlWithUser(mysql),
                    "--database-prefix", copy.prefix()};
            CliRun first = CliRun.of(args);
            assertThat(first.exitCode()).as(first.err()).isZero();
            assertThat(first.out()).contains("demo estate ready: 7 services");
            Map<String, Map<String, Long>> before = new LinkedHashMap<>();
            int tables = 0;
            for (ServiceDefinition service : DemoEstate.load().services()) {
                assertThat(first.out()).containsPattern("(?m)^" + service.name() + " .* created, ");
                Map<String, Long> counts = rowCounts(copy, service);
                assertThat(counts).as("tables of " + service.name()).hasSizeGreaterThanOrEqualTo(5);
                tables += counts.size();
                before.put(service.name(), counts);
            }
            assertThat(tables).isBetween(50, 80);
            assertThat(before.get("orders").get("orders")).isPositive();

            CliRun second = CliRun.of(args);
            assertThat(second.exitCode()).as(second.err()).isZero();
            for (ServiceDefinition service : DemoEstate.load().services()) {
                assertThat(second.out()).containsPattern("(?m)^" + service.name() + " .* already there");
                assertThat(rowCounts(copy, service)).as("rows of " + service.name() + " after the second run")
                        .isEqualTo(before.get(service.name()));
            }
        }
    }

    @Test
    void anUnreachableServerExitsThreeWithOneLineAndNoStackTrace() {
        CliRun run = CliRun.of("demo", "--pg", "jdbc:postgresql://127.0.0.1:1/postgres?user=postgres&password=s3cret");
        assertThat(run.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(run.err().strip().lines()).hasSize(1);
        assertThat(run.err()).startsWith("phaseshift: demo: cannot connect to jdbc:postgresql://127.0.0.1:1/postgres")
                .doesNotContain("s3cret").doesNotContain("\tat ");

        CliRun verbose = CliRun.of("--verbose", "demo", "--mysql", "jdbc:mysql://127.0.0.1:1/?user=root");
        assertThat(verbose.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(verbose.err()).contains("cannot connect to jdbc:mysql://127.0.0.1:1/").contains("\tat ");
    }

    @Test
    void aUrlThatIsNotJdbcExitsThreeAndAWrongEngineExitsTwo() {
        CliRun garbage = CliRun.of("demo", "--pg", "postgres://nowhere");
        assertThat(garbage.exitCode()).isEqualTo(ExitCode.CANNOT_CONNECT);
        assertThat(garbage.err().strip().lines()).hasSize(1);
        assertThat(garbage.err()).contains("not a PostgreSQL or MySQL JDBC URL");

        CliRun swapped = CliRun.of("demo", "--pg", "jdbc:mysql://127.0.0.1:3306/");
        assertThat(swapped.exitCode()).isEqualTo(ExitCode.BAD_INPUT);
        assertThat(swapped.err()).contains("--pg expects a PostgreSQL URL");
    }

    private static String urlWithUser(DatabaseServer server) {
        String url = server.adminUrl();
        StringBuilder sb = new StringBuilder(url).append(url.contains("?") ? "&" : "?").append("user=").append(server.user());
        if (server.password() != null && !server.password().isEmpty()) {
            sb.append("&password=").append(server.password());
        }
        return sb.toString();
    }

    /** Row count of every base table in the service's schemas. */
    private static Map<String, Long> rowCounts(DemoCopy copy, ServiceDefinition service) throws SQLException {
        Map<String, Long> counts = new LinkedHashMap<>();
        boolean pg = service.engine() == Engine.POSTGRESQL;
        String database = copy.databaseOf(service);
        try (Connection c = copy.connect(service); Statement st = c.createStatement()) {
            List<String[]> tables = new ArrayList<>();
            String schemaFilter = pg ? "table_schema NOT IN ('pg_catalog','information_schema')"
                    : "table_schema = '" + database + "'";
            try (ResultSet rs = st.executeQuery("SELECT table_schema, table_name FROM information_schema.tables WHERE "
                    + schemaFilter + " AND table_type = 'BASE TABLE' ORDER BY 1, 2")) {
                while (rs.next()) {
                    tables.add(new String[] {rs.getString(1), rs.getString(2)});
                }
            }
            for (String[] t : tables) {
                String q = pg ? "\"" + t[0] + "\".\"" + t[1] + "\"" : "`" + t[1] + "`";
                try (ResultSet rs = st.executeQuery("SELECT count(*) FROM " + q)) {
                    rs.next();
                    String key = pg && !t[0].equals("public") ? t[0] + "." + t[1] : t[1];
                    counts.put(key.toLowerCase(Locale.ROOT), rs.getLong(1));
                }
            }
        }
        return counts;
    }
}
