package dev.phaseshift.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Always runs the embedded (zonky) path, so it keeps working on machines that have a local server. */
class EmbeddedPostgresTest {

    @Test
    void createUseAndDropADatabase() throws Exception {
        DatabaseServer server = TestServers.embeddedPostgres();
        assertThat(server.origin()).isEqualTo(ServerOrigin.EMBEDDED);
        assertThat(server.engine()).isEqualTo(ServerKind.POSTGRESQL);
        assertThat(server.serverVersion()).startsWith("PostgreSQL 15.");

        String name;
        try (TestDatabase db = server.createDatabase("embedded pg")) {
            name = db.name();
            assertThat(databases(server)).contains(name);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(c.getCatalog()).isEqualTo(name);
                s.execute("CREATE TABLE step (id int PRIMARY KEY, label text NOT NULL)");
                s.execute("INSERT INTO step VALUES (7, 'backfill')");
                try (ResultSet rs = s.executeQuery("SELECT id, label FROM step")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(7);
                    assertThat(rs.getString(2)).isEqualTo("backfill");
                    assertThat(rs.next()).isFalse();
                }
            }
        }
        assertThat(databases(server)).doesNotContain(name);
    }

    @Test
    void isStartedOncePerJvm() {
        assertThat(TestServers.embeddedPostgres()).isSameAs(TestServers.embeddedPostgres());
    }

    static List<String> databases(DatabaseServer server) throws Exception {
        List<String> names = new ArrayList<>();
        try (Connection c = server.connectAdmin();
             PreparedStatement ps = c.prepareStatement("SELECT datname FROM pg_database");
             ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                names.add(rs.getString(1));
            }
        }
        return names;
    }
}
