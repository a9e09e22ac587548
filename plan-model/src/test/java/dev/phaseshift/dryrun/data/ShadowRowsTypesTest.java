package dev.phaseshift.dryrun.data;

import dev.phaseshift.introspect.IntrospectionRequest;
import dev.phaseshift.introspect.Introspector;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.testing.DatabaseServer;
import dev.phaseshift.testing.SourceFingerprint;
import dev.phaseshift.testing.SqlFixtures;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.Test;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Values of awkward types survive a sample byte for byte, identity and generated columns are handled, rows of
 * a partitioned table go in once through its parent, the shadow's triggers do not rewrite copied rows, and a
 * foreign-key cycle is filled where its keys allow NULL and reported where they do not.
 */
class ShadowRowsTypesTest {

    @Test
    void postgresTypesSurviveTheCopy() throws Exception {
        List<String> ddl = List.of(
                "CREATE TYPE mood AS ENUM ('sad', 'ok', 'happy')",
                "CREATE TABLE things (id bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY, doc jsonb, ref uuid,"
                        + " tags text[], feeling mood, amount numeric(20,6), at timestamptz, raw bytea,"
                        + " span interval, addr inet, ratio double precision, doubled numeric"
                        + " GENERATED ALWAYS AS (amount * 2) STORED)",
                "INSERT INTO things (doc, ref, tags, feeling, amount, at, raw, span, addr, ratio) VALUES"
                        + " ('{\"a\": [1, 2.50, \"x\"]}', 'a0eebc99-9c0b-4ef8-bb6d-6bb9bd380a11', '{one,\"two, three\",NULL}',"
                        + " 'happy', 12345678901234.123456, '2024-02-29 23:59:59.123456+05:30', '\\x00ff10',"
                        + " '1 year 2 days 03:04:05', '192.168.0.1/24', 0.1),"
                        + " (NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)",
                "CREATE TABLE events (id int, at date, note text, PRIMARY KEY (id, at)) PARTITION BY RANGE (at)",
                "CREATE TABLE events_2023 PARTITION OF events FOR VALUES FROM ('2023-01-01') TO ('2024-01-01')",
                "CREATE TABLE events_2024 PARTITION OF events FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')",
                "INSERT INTO events VALUES (1, '2023-05-01', 'old'), (2, '2024-05-01', 'new')",
                "CREATE FUNCTION shout() RETURNS trigger LANGUAGE plpgsql AS"
                        + " $$ BEGIN NEW.note := upper(NEW.note); RETURN NEW; END $$",
                "CREATE TRIGGER things_shout BEFORE INSERT ON events_2024 FOR EACH ROW EXECUTE FUNCTION shout()");
        try (TestDatabase source = TestServers.postgres().createDatabase("types_src")) {
            Map<String, String> copied = sampleAll(source, ddl, List.of("public"), 4, shadow -> {
                try (Statement st = shadow.createStatement()) {
                    st.executeUpdate("INSERT INTO events VALUES (3, '2024-06-01', 'later')");
                    try (ResultSet rs = st.executeQuery("SELECT note FROM events WHERE id = 3")) {
                        rs.next();
                        assertThat(rs.getString(1)).as("the trigger works again after the load").isEqualTo("LATER");
                    }
                    st.executeUpdate("DELETE FROM events WHERE id = 3");
                }
            });
            try (Connection c = source.connect()) {
                assertThat(copied).isEqualTo(byTable(SourceFingerprint.of(c, Engine.POSTGRESQL, List.of("public"))));
            }
        }
    }

    @Test
    void mysqlTypesSurviveTheCopy() throws Exception {
        DatabaseServer server = TestServers.mysql();
        List<String> ddl = List.of(
                "CREATE TABLE things (id bigint unsigned AUTO_INCREMENT PRIMARY KEY,"
                        + " kind enum('a','b','c') NOT NULL, flags set('x','y','z'), doc json, amount decimal(20,6),"
                        + " at datetime(6), stamp timestamp(3) NULL, raw blob, bits bit(5), fixed binary(4),"
                        + " note text CHARACTER SET utf8mb4, ratio double,"
                        + " doubled decimal(21,6) GENERATED ALWAYS AS (amount * 2) STORED,"
                        + " shout varchar(50) GENERATED ALWAYS AS (upper(note)) VIRTUAL)",
                "INSERT INTO things (kind, flags, doc, amount, at, stamp, raw, bits, fixed, note, ratio) VALUES"
                        + " ('b', 'x,z', '{\"a\": [1, 2.50, \"x\"]}', 12345678901234.123456,"
                        + " '2024-02-29 23:59:59.123456', '2024-03-01 10:00:00.250', x'00ff10', b'10101',"
                        + " x'01020304', 'grüße ✓', 0.1),"
                        + " ('a', NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL)");
        try (TestDatabase source = server.createDatabase("types_src")) {
            Map<String, String> copied = sampleAll(source, ddl, List.of(source.name()), 2, shadow -> { });
            try (Connection c = source.connect()) {
                assertThat(copied).isEqualTo(byTable(SourceFingerprint.of(c, Engine.MYSQL, List.of(source.name()))));
            }
        }
    }

    @Test
    void cyclesAreFilledThroughNullableKeysAndReportedOtherwise() throws Exception {
        List<String> ddl = List.of(
                "CREATE TABLE teams (id int PRIMARY KEY, lead_id int)",
                "CREATE TABLE people (id int PRIMARY KEY, team_id int NOT NULL REFERENCES teams (id),"
                        + " mentor_id int REFERENCES people (id))",
                "ALTER TABLE teams ADD FOREIGN KEY (lead_id) REFERENCES people (id)",
                "CREATE TABLE eggs (id int PRIMARY KEY, hen_id int NOT NULL)",
                "CREATE TABLE hens (id int PRIMARY KEY, egg_id int NOT NULL REFERENCES eggs (id))",
                "ALTER TABLE eggs ADD FOREIGN KEY (hen_id) REFERENCES hens (id) DEFERRABLE INITIALLY DEFERRED",
                "BEGIN",
                "INSERT INTO teams VALUES (1, NULL), (2, NULL)",
                "INSERT INTO people VALUES (10, 1, NULL), (11, 1, 10), (12, 2, 11)",
                "UPDATE teams SET lead_id = 11 WHERE id = 1",
                "UPDATE teams SET lead_id = 12 WHERE id = 2",
                "INSERT INTO eggs VALUES (1, 1)",
                "INSERT INTO hens VALUES (1, 1)",
                "COMMIT");
        DatabaseServer server = TestServers.postgres();
        try (TestDatabase source = server.createDatabase("cycle_src")) {
            Snapshot snapshot = prepare(source, ddl, List.of("public"));
            try (TestDatabase shadow = Shadows.create(server, snapshot, "cycle_shadow");
                 Connection from = source.connect(); Connection to = shadow.connect()) {
                LoadedRows loaded = ShadowRows.sample(snapshot, from, to, 10);
                assertThat(loaded.rowsByTable()).containsEntry("public.teams", 2L).containsEntry("public.people", 3L);
                assertThat(loaded.skipped()).singleElement().asString()
                        .matches("table \"public\\.(eggs|hens)\" is on a cycle of NOT NULL foreign keys"
                                + " and was left empty");
                try (Statement st = to.createStatement();
                     ResultSet rs = st.executeQuery("SELECT string_agg(p.id || ':' || coalesce(p.mentor_id, 0)"
                             + " || ':' || t.lead_id, ',' ORDER BY p.id) FROM people p JOIN teams t ON t.id = p.team_id")) {
                    rs.next();
                    assertThat(rs.getString(1)).isEqualTo("10:0:11,11:10:11,12:11:12");
                }
            }
            try (TestDatabase shadow = Shadows.create(server, snapshot, "cycle_synth");
                 Connection to = shadow.connect()) {
                LoadedRows loaded = ShadowRows.synthesize(snapshot, to, 5);
                assertThat(loaded.rowsByTable()).containsEntry("public.teams", 5L).containsEntry("public.people", 5L);
                assertThat(loaded.skipped()).hasSize(2);
            }
        }
    }

    /** Creates the source, samples every row into a shadow and returns the shadow's checksums by table name. */
    private static Map<String, String> sampleAll(TestDatabase source, List<String> ddl, List<String> schemas,
                                                 long rows, ShadowCheck afterwards) throws Exception {
        Snapshot snapshot = prepare(source, ddl, schemas);
        try (TestDatabase shadow = Shadows.create(source.server(), snapshot, "types_shadow");
             Connection from = source.connect(); Connection to = shadow.connect()) {
            LoadedRows loaded = ShadowRows.sample(snapshot, from, to, 10);
            assertThat(loaded.total()).isEqualTo(rows);
            afterwards.check(to);
            return byTable(SourceFingerprint.of(to, snapshot.engine(), Shadows.schemas(snapshot, shadow)));
        }
    }

    private static Snapshot prepare(TestDatabase source, List<String> ddl, List<String> schemas) throws Exception {
        try (Connection c = source.connect()) {
            SqlFixtures.run(c, "source of " + source.name(), ddl);
            Engine engine = source.server().engine().engine();
            return Introspector.forEngine(engine)
                    .introspect(c, IntrospectionRequest.of("types").withSchemas(schemas, List.of()));
        }
    }

    private static Map<String, String> byTable(SourceFingerprint fingerprint) {
        Map<String, String> out = new TreeMap<>();
        fingerprint.tables().forEach((name, sum) -> out.put(name.substring(name.indexOf('.') + 1), sum));
        return out;
    }

    /** A look at the shadow after the sample. */
    private interface ShadowCheck {
        void check(Connection shadow) throws Exception;
    }
}
