package dev.phaseshift.dryrun;

import dev.phaseshift.connect.JdbcUrl;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/** Shadow databases on real servers: created, used, dropped; left-overs found; dropped on Ctrl-C. */
class ShadowServerTest {
    private static DatabaseServer server(String engine) {
        return engine.equals("postgresql") ? TestServers.postgres() : TestServers.mysql();
    }

    private static ShadowServer shadows(DatabaseServer server) {
        return new ShadowServer(JdbcUrl.parse(server.adminUrl()), server.user(), server.password(), Clock.systemUTC());
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void aShadowExistsWhileOpenAndIsGoneAfterClose(String engine) throws Exception {
        DatabaseServer server = server(engine);
        ShadowDatabase shadow = shadows(server).create("orders");
        try (shadow) {
            assertThat(server.databaseExists(shadow.name().databaseName())).isTrue();
            try (Connection c = shadow.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE t (id int PRIMARY KEY)");
                st.execute("INSERT INTO t VALUES (1)");
            }
        }
        assertThat(shadow.isDropped()).isTrue();
        assertThat(server.databaseExists(shadow.name().databaseName())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void leftOversOfAKilledRunAreFoundByNameAndAgeButOwnedOnesAreNot(String engine) throws Exception {
        DatabaseServer server = server(engine);
        ShadowServer shadows = shadows(server);
        ShadowName old = ShadowName.fresh("billing", Instant.now().minus(Duration.ofHours(3)));
        try (Connection c = server.connectAdmin(); Statement st = c.createStatement()) {
            st.execute("CREATE DATABASE " + (engine.equals("postgresql") ? "\"" + old + "\"" : "`" + old + "`"));
        }
        try (ShadowDatabase mine = shadows.create("orders")) {
            List<StaleShadow> stale = shadows.findStale(Duration.ofHours(1), List.of(mine.name()));
            assertThat(stale).extracting(StaleShadow::name).contains(old).doesNotContain(mine.name());
            assertThat(shadows.findStale(Duration.ZERO, List.of(mine.name()))).extracting(StaleShadow::name)
                    .doesNotContain(mine.name());
        } finally {
            shadows.drop(old);
        }
        assertThat(server.databaseExists(old.databaseName())).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"postgresql", "mysql"})
    void ctrlCDropsTheShadowsOfTheInterruptedProcess(String engine) throws Exception {
        DatabaseServer server = server(engine);
        Path java = Path.of(System.getProperty("java.home"), "bin", "java");
        Process child = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
                ShadowHolder.class.getName(), server.adminUrl(), server.user(),
                server.password() == null ? "" : server.password())
                .redirectErrorStream(true).start();
        String name;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(), StandardCharsets.UTF_8))) {
            name = out.lines().filter(l -> l.startsWith(ShadowName.PREFIX)).findFirst().orElseThrow();
            assertThat(server.databaseExists(name)).isTrue();
            new ProcessBuilder("kill", "-INT", Long.toString(child.pid())).start().waitFor();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).as("the child ends on SIGINT").isTrue();
        } finally {
            child.destroyForcibly();
        }
        assertThat(server.databaseExists(name)).as(name + " after Ctrl-C").isFalse();
    }
}
