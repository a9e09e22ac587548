package dev.phaseshift.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Whatever server the rules pick (env, local or embedded): the same create/use/drop cycle. */
class TestServersTest {

    static Stream<Arguments> servers() {
        return Stream.of(
                Arguments.of(Named.of("postgres()", (Supplier<DatabaseServer>) TestServers::postgres), ServerKind.POSTGRESQL),
                Arguments.of(Named.of("mysql()", (Supplier<DatabaseServer>) TestServers::mysql), ServerKind.MYSQL));
    }

    @ParameterizedTest
    @MethodSource("servers")
    void createUseAndDropADatabase(Supplier<DatabaseServer> chosen, ServerKind engine) throws Exception {
        DatabaseServer server = chosen.get();
        assertThat(server.engine()).isEqualTo(engine);

        String name;
        try (TestDatabase db = server.createDatabase("cycle")) {
            name = db.name();
            assertThat(name).matches("pstest_cycle_[a-z0-9]+_[a-z0-9]{6}");
            assertThat(databases(server)).contains(name);
            assertThat(server.databaseExists(name)).isTrue();
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE TABLE step (id int PRIMARY KEY, label varchar(40) NOT NULL)");
                s.execute("INSERT INTO step VALUES (1, 'expand'), (2, 'contract')");
                try (ResultSet rs = s.executeQuery("SELECT label FROM step WHERE id = 2")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getString(1)).isEqualTo("contract");
                }
            }
        }
        assertThat(databases(server)).doesNotContain(name);
        assertThat(server.databaseExists(name)).isFalse();
    }

    @ParameterizedTest
    @MethodSource("servers")
    void closeDropsEvenWhileASessionIsStillConnected(Supplier<DatabaseServer> chosen, ServerKind engine) throws Exception {
        DatabaseServer server = chosen.get();
        TestDatabase db = server.createDatabase("open session");
        try (Connection forgotten = db.connect()) {
            forgotten.createStatement().execute("CREATE TABLE t (x int)");
            db.close();
            assertThat(db.isClosed()).isTrue();
            assertThat(databases(server)).doesNotContain(db.name());
            db.close(); // idempotent
        }
    }

    @ParameterizedTest
    @MethodSource("servers")
    void originFollowsTheRules(Supplier<DatabaseServer> chosen, ServerKind engine) {
        DatabaseServer server = chosen.get();
        String env = System.getenv(engine.envVar());
        if (env != null && !env.isBlank()) {
            // An explicit URL means: that server or embedded, never the local one.
            assertThat(server.origin()).isIn(ServerOrigin.ENV, ServerOrigin.EMBEDDED);
        } else {
            assertThat(server.origin()).isIn(ServerOrigin.LOCAL, ServerOrigin.EMBEDDED);
        }
        if (server.origin() == ServerOrigin.EMBEDDED) {
            assertThat(server).isSameAs(engine == ServerKind.POSTGRESQL
                    ? TestServers.embeddedPostgres() : TestServers.embeddedMysql());
        } else {
            assertThat(server.adminUrl()).doesNotContain("password");
        }
        assertThat(chosen.get()).isSameAs(server);
    }

    static List<String> databases(DatabaseServer server) throws Exception {
        String sql = server.engine() == ServerKind.POSTGRESQL
                ? "SELECT datname FROM pg_database"
                : "SELECT schema_name FROM information_schema.schemata";
        List<String> names = new ArrayList<>();
        try (Connection c = server.connectAdmin(); PreparedStatement ps = c.prepareStatement(sql);
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
