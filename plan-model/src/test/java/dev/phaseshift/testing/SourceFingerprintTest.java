package dev.phaseshift.testing;

import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The fingerprint notices a changed value, a new row and a new column, and nothing when nothing changed. */
class SourceFingerprintTest {

    @Test
    void postgresChangesShowUp() throws Exception {
        try (TestDatabase db = TestServers.postgres().createDatabase("fingerprint");
             Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items (id int PRIMARY KEY, label text, price numeric(6,2))");
            st.execute("INSERT INTO items VALUES (1, 'a', 1.50), (2, NULL, 2.00)");
            noticesChanges(c, Engine.POSTGRESQL, List.of("public"), "public.items");
        }
    }

    @Test
    void mysqlChangesShowUp() throws Exception {
        try (TestDatabase db = TestServers.mysql().createDatabase("fingerprint");
             Connection c = db.connect(); Statement st = c.createStatement()) {
            st.execute("CREATE TABLE items (id int PRIMARY KEY, label text, price decimal(6,2))");
            st.execute("INSERT INTO items VALUES (1, 'a', 1.50), (2, NULL, 2.00)");
            noticesChanges(c, Engine.MYSQL, List.of(db.name()), db.name() + ".items");
        }
    }

    private static void noticesChanges(Connection c, Engine engine, List<String> schemas, String table)
            throws Exception {
        SourceFingerprint before = SourceFingerprint.of(c, engine, schemas);
        assertThat(before.table(table)).startsWith("2:");
        assertThat(SourceFingerprint.of(c, engine, schemas).differences(before)).isEmpty();
        try (Statement st = c.createStatement()) {
            st.executeUpdate("UPDATE items SET label = 'a' WHERE id = 2");
            assertThat(SourceFingerprint.of(c, engine, schemas).differences(before))
                    .containsExactly("table \"" + table + "\": rows were " + before.table(table) + ", now "
                            + SourceFingerprint.of(c, engine, schemas).table(table));
            st.executeUpdate("UPDATE items SET label = NULL WHERE id = 2");
            assertThat(SourceFingerprint.of(c, engine, schemas).differences(before)).isEmpty();
            st.executeUpdate("INSERT INTO items VALUES (3, 'c', 3.00)");
            assertThat(SourceFingerprint.of(c, engine, schemas).table(table)).startsWith("3:");
            st.executeUpdate("DELETE FROM items WHERE id = 3");
            st.execute("ALTER TABLE items ADD COLUMN note text");
            assertThat(SourceFingerprint.of(c, engine, schemas).differences(before))
                    .contains("the schema differs from the one read before");
        }
    }
}
