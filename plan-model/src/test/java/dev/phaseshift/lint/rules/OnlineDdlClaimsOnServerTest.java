package dev.phaseshift.lint.rules;

import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * What adding-generated-column, mysql-algorithm-copy, mysql-table-rebuild and missing-statement-timeout tell users,
 * checked on the real servers: the server refuses the cheaper algorithm exactly where a rule says it copies,
 * rebuilds or locks, accepts it where the rule stays quiet, and PostgreSQL writes a new table file exactly where
 * adding-generated-column says it rewrites.
 */
class OnlineDdlClaimsOnServerTest {
    private static final String MYSQL_TABLE = "CREATE TABLE t (id bigint NOT NULL, a int NOT NULL, b int NULL, "
            + "s ENUM('x','y','z') NOT NULL DEFAULT 'x', note varchar(20), PRIMARY KEY (id)) ENGINE=InnoDB "
            + "DEFAULT CHARSET=utf8mb4";
    private static final String MYSQL_ROWS = "INSERT INTO t VALUES (1, 1, 1, 'x', 'n'), (2, 2, NULL, 'y', 'm')";

    @Test
    void mysqlRefusesInPlaceWhereMysqlAlgorithmCopyAndAddingGeneratedColumnReportACopy() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("lint-copy"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute(MYSQL_TABLE);
            s.execute(MYSQL_ROWS);

            assertRefused(s, "ALTER TABLE t ADD COLUMN g1 int AS (a + 1) STORED, ALGORITHM=INPLACE");
            assertRefused(s, "ALTER TABLE t MODIFY COLUMN s ENUM('x','w','y','z') NOT NULL DEFAULT 'x', "
                    + "ALGORITHM=INPLACE");
            assertRefused(s, "ALTER TABLE t CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci, "
                    + "ALGORITHM=INPLACE");
            assertRefused(s, "ALTER TABLE t DROP PRIMARY KEY, ALGORITHM=INPLACE");
            assertRefused(s, "ALTER TABLE t ADD COLUMN ai bigint NOT NULL AUTO_INCREMENT UNIQUE, ALGORITHM=INPLACE, "
                    + "LOCK=NONE");

            s.execute("ALTER TABLE t ADD COLUMN g2 int AS (a + 1) VIRTUAL");
            s.execute("ALTER TABLE t MODIFY COLUMN s ENUM('x','y','z','w') NOT NULL DEFAULT 'x', ALGORITHM=INSTANT");
        }
    }

    @Test
    void mysqlRebuildsInPlaceWhereMysqlTableRebuildSaysSo() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("lint-rebuild"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute(MYSQL_TABLE);
            s.execute(MYSQL_ROWS);
            s.execute("UPDATE t SET b = 0 WHERE b IS NULL");

            assertRefused(s, "ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id, a), ALGORITHM=INSTANT");
            s.execute("ALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id, a), ALGORITHM=INPLACE, LOCK=NONE");
            assertRefused(s, "ALTER TABLE t MODIFY COLUMN b int NOT NULL, ALGORITHM=INSTANT");
            s.execute("ALTER TABLE t MODIFY COLUMN b int NOT NULL, ALGORITHM=INPLACE, LOCK=NONE");
            // the local servers are past the 8.0.29 / 10.4 line, where dropping a column is instant
            s.execute("ALTER TABLE t DROP COLUMN note, ALGORITHM=INSTANT");
        }
    }

    @Test
    void mariadbMaxStatementTimeStopsAnAlterTable() throws Exception {
        DatabaseServer server = TestServers.mysql();
        try (TestDatabase db = server.createDatabase("lint-timeout"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute(MYSQL_TABLE);
            s.execute(MYSQL_ROWS);
            if (server.serverVersion().toLowerCase().contains("mariadb")) {
                s.execute("SET SESSION max_statement_time = 0.000001");
                // 1969 "... interrupted (max_statement_time exceeded)", or 1317 "... interrupted" when the timer
                // fires while the server is between the statement's phases
                assertThatThrownBy(() -> s.execute("ALTER TABLE t FORCE")).isInstanceOf(SQLException.class)
                        .hasMessageContaining("interrupted");
            } else {
                // MySQL: max_execution_time is for SELECT only, so an ALTER runs on regardless
                s.execute("SET SESSION max_execution_time = 1");
                s.execute("ALTER TABLE t FORCE");
            }
        }
    }

    @Test
    void postgresRewritesTheTableWhereAddingGeneratedColumnSaysSo() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("lint-rewrite"); Connection c = db.connect();
             Statement s = c.createStatement()) {
            s.execute("CREATE TABLE t (id bigint PRIMARY KEY, a int NOT NULL)");
            s.execute("INSERT INTO t SELECT g, g FROM generate_series(1, 100) g");

            assertThat(rewrites(s, "ALTER TABLE t ADD COLUMN plain int")).isFalse();
            assertThat(rewrites(s, "ALTER TABLE t ADD COLUMN g int GENERATED ALWAYS AS (a * 2) STORED")).isTrue();
            assertThat(rewrites(s, "ALTER TABLE t ADD COLUMN i bigint GENERATED BY DEFAULT AS IDENTITY")).isTrue();
            assertThat(rewrites(s, "ALTER TABLE t ADD COLUMN n bigserial")).isTrue();
            if (majorVersion(s) < 18) {
                // before 18 a generated column is stored whether or not the statement says so
                assertRefused(s, "ALTER TABLE t ADD COLUMN v int GENERATED ALWAYS AS (a * 3) VIRTUAL");
            }
        }
    }

    private static boolean rewrites(Statement s, String alter) throws SQLException {
        long before = relfilenode(s);
        s.execute(alter);
        return relfilenode(s) != before;
    }

    private static long relfilenode(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SELECT relfilenode FROM pg_class WHERE oid = 't'::regclass")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static int majorVersion(Statement s) throws SQLException {
        try (ResultSet rs = s.executeQuery("SHOW server_version_num")) {
            rs.next();
            return Integer.parseInt(rs.getString(1)) / 10000;
        }
    }

    private static void assertRefused(Statement s, String sql) {
        assertThatThrownBy(() -> s.execute(sql)).as(sql).isInstanceOf(SQLException.class);
    }
}
