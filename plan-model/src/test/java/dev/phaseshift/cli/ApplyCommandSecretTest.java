package dev.phaseshift.cli;

import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The password given as {@code ${env:…}} reaches the driver and nothing else: not the journal, not the output of
 * apply, status or rollback (with --verbose), not the error of a wrong password.
 */
class ApplyCommandSecretTest {
    private static final String VARIABLE = "PHASESHIFT_TEST_RUNNER_PASSWORD";

    @TempDir
    Path dir;

    @Test
    void thePasswordAppearsInNoJournalRowAndNoOutput() throws Exception {
        DatabaseServer mysql = TestServers.mysql();
        String name = "pstest_run_" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36).substring(0, 8);
        String user = "'" + name + "'@'%'";
        String password = "Pw-" + Long.toString(Math.abs(new SecureRandom().nextLong()), 36) + "-x";
        try (TestDatabase db = mysql.createDatabase("runner_secret")) {
            try (Connection c = db.connect(); Statement st = c.createStatement()) {
                st.execute("CREATE TABLE items (id integer PRIMARY KEY, v integer NOT NULL DEFAULT 0)");
                st.execute("INSERT INTO items (id) VALUES (1), (2), (3)");
            }
            admin(mysql, "CREATE USER " + user + " IDENTIFIED BY '" + password + "'");
            admin(mysql, "GRANT ALL ON `" + db.name() + "`.* TO " + user);
            Path estate = RunnerFixture.estate(dir, db, "root", null);
            RunnerFixture.inspect(estate);
            Files.writeString(estate, Files.readString(estate).replace("user: root\n",
                    "user: " + name + "\n    password: ${env:" + VARIABLE + "}\n"));
            Path plan = RunnerFixture.plan(dir, "with secret", "  - id: expand\n    kind: expand\n    steps:\n"
                    + "      - id: app-items-add-extra\n        service: app\n        operation:\n"
                    + "          add_column:\n            table: items\n            column:\n"
                    + "              name: extra\n              type: integer\n"
                    + "      - id: app-broken\n        service: app\n        operation:\n"
                    + "          sql:\n            up: INSERT INTO no_such_table VALUES (1)\n"
                    + "            down: SELECT 1\n");

            List<String> outputs = new ArrayList<>();
            int failed = run(password, outputs, "apply", plan.toString(), "--estate", estate.toString(), "--phase",
                    "expand", "--verbose");
            assertThat(failed).as(outputs.toString()).isEqualTo(ExitCode.FINDINGS);
            assertThat(outputs.get(outputs.size() - 2)).contains("phaseshift rollback");
            assertThat(run(password, outputs, "status", plan.toString(), "--estate", estate.toString(),
                    "--verbose")).isZero();
            assertThat(run(password, outputs, "rollback", plan.toString(), "--estate", estate.toString(),
                    "--phase", "expand", "--yes", "--verbose")).isZero();
            assertThat(run(password + "-wrong", outputs, "apply", plan.toString(), "--estate", estate.toString(),
                    "--phase", "expand", "--resume", "--verbose")).isEqualTo(ExitCode.CANNOT_CONNECT);

            String journal = journalText(db);
            assertThat(journal).contains("no_such_table").contains(name.substring(0, 4));
            assertThat(journal).doesNotContain(password);
            for (String text : outputs) {
                assertThat(text).doesNotContain(password);
            }
        } finally {
            admin(mysql, "DROP USER IF EXISTS " + user);
        }
    }

    private int run(String password, List<String> outputs, String... args) throws Exception {
        String label = "run" + outputs.size();
        Process p = RunnerFixture.child(dir, label, Map.of(VARIABLE, password), args);
        assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
        outputs.add(Files.readString(dir.resolve(label + ".out")));
        outputs.add(Files.readString(dir.resolve(label + ".err")));
        return p.exitValue();
    }

    /** Every value of every journal row, as one text. */
    private static String journalText(TestDatabase db) throws Exception {
        StringBuilder text = new StringBuilder();
        try (Connection c = db.connect(); Statement st = c.createStatement();
             ResultSet rs = st.executeQuery("SELECT * FROM phaseshift_journal")) {
            ResultSetMetaData meta = rs.getMetaData();
            while (rs.next()) {
                for (int i = 1; i <= meta.getColumnCount(); i++) {
                    text.append(rs.getString(i)).append('|');
                }
                text.append('\n');
            }
        }
        return text.toString();
    }

    private static void admin(DatabaseServer server, String sql) throws Exception {
        try (Connection c = server.connectAdmin(); Statement st = c.createStatement()) {
            st.execute(sql);
        }
    }
}
