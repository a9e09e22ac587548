package dev.phaseshift.introspect;

import dev.phaseshift.schema.Aggregate;
import dev.phaseshift.schema.Collation;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Domain;
import dev.phaseshift.schema.Extension;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TextSearchConfiguration;
import dev.phaseshift.schema.TextSearchDictionary;
import dev.phaseshift.schema.TextSearchMapping;
import dev.phaseshift.snapshot.SnapshotFile;
import dev.phaseshift.testing.TestDatabase;
import dev.phaseshift.testing.TestServers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL object classes beyond tables and views ({@code extensions.sql}, {@code types.sql},
 * {@code collations.sql}, loaded together into one fresh database), and the objects the model cannot hold,
 * which must make the snapshot partial rather than vanish.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PostgresIntrospectorObjectsTest {
    private static final String SERVICE = "objects";

    private TestDatabase db;
    private Snapshot snapshot;

    @BeforeAll
    void loadFixtures() throws Exception {
        db = TestServers.postgres().createDatabase("introspect_pg_objects");
        try (Connection c = db.connect()) {
            Fixtures.load(c, "postgresql/extensions.sql");
            Fixtures.load(c, "postgresql/types.sql");
            Fixtures.load(c, "postgresql/collations.sql");
        }
        snapshot = introspect(db);
    }

    @AfterAll
    void dropDatabase() throws SQLException {
        if (db != null) {
            db.close();
        }
    }

    private static Snapshot introspect(TestDatabase database) throws Exception {
        try (Connection c = Fixtures.connect(database, SERVICE)) {
            return new PostgresIntrospector().introspect(c, IntrospectionRequest.of(SERVICE));
        }
    }

    private Schema schema(String name) {
        return snapshot.schema(name).orElseThrow(() -> new AssertionError("no schema " + name));
    }

    private Table table(String schema, String name) {
        return snapshot.table(schema, name).orElseThrow(() -> new AssertionError("no table " + schema + "." + name));
    }

    private static Index index(Table table, String name) {
        return table.indexes().stream().filter(i -> i.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no index " + name));
    }

    private static Column column(Table table, String name) {
        return table.column(name).orElseThrow(() -> new AssertionError("no column " + name));
    }

    @Test
    void readsExtensionsWithVersionSchemaAndRequirementsButNotTheirObjects() {
        assertThat(snapshot.extensions()).extracting(Extension::name)
                .containsExactly("btree_gist", "citext", "cube", "earthdistance", "hstore", "pg_trgm", "unaccent");
        Extension hstore = snapshot.extension("hstore").orElseThrow();
        assertThat(hstore.schema()).isEqualTo("ext");
        assertThat(hstore.version()).matches("\\d+\\.\\d+");
        assertThat(snapshot.extension("earthdistance").orElseThrow().requires()).containsExactly("cube");
        assertThat(snapshot.extension("plpgsql")).as("every database has it").isEmpty();
        // the extensions' own functions, operators, types and dictionaries are not listed one by one
        assertThat(schema("public").routines()).isEmpty();
        assertThat(schema("public").textSearchDictionaries()).extracting(TextSearchDictionary::name)
                .containsExactly("unaccent_de");
        assertThat(snapshot.skipped()).as("extension members are not unmodelled objects").isEmpty();
        assertThat(snapshot.partial()).isFalse();
        assertThat(column(table("Geo Daten", "Standorte"), "attributes").type()).isEqualTo("ext.hstore");
    }

    @Test
    void readsDomainsWithBaseTypeDefaultNotNullChecksCollationAndComment() {
        Domain goodMood = schema("core").domain("good_mood").orElseThrow();
        assertThat(goodMood).isEqualTo(new Domain("good_mood", "core.mood", "'ok'::core.mood", true, null,
                List.of(new Constraint("good_mood_not_sad", ConstraintKind.CHECK, List.of(),
                        "(VALUE <> 'sad'::core.mood)", true, true, false, false, null)),
                TestServers.postgres().user(), "Never sad"));
        Domain zip = schema("core").domain("Postleitzahl").orElseThrow();
        assertThat(zip.baseType()).isEqualTo("character varying(5)");
        assertThat(zip.collation()).isEqualTo("pg_catalog.\"C\"");
        assertThat(zip.checks()).extracting(Constraint::name, Constraint::validated)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("PLZ fünf Ziffern", true),
                        org.assertj.core.groups.Tuple.tuple("plz_not_zero", false));
        assertThat(schema("Berichte Ü").domain("small_amount").orElseThrow().baseType())
                .isEqualTo("\"Berichte Ü\".positive_amount");
        assertThat(column(table("core", "people"), "mood").type()).isEqualTo("core.good_mood");
    }

    @Test
    void readsAggregatesFromTheirCatalogFields() {
        assertThat(schema("core").aggregates()).containsExactly(new Aggregate("half_length", "text",
                List.of("SFUNC = core.add_len", "STYPE = integer", "FINALFUNC = core.halve",
                        "FINALFUNC_MODIFY = READ_ONLY", "COMBINEFUNC = core.combine_len", "INITCOND = '0'",
                        "PARALLEL = SAFE"),
                TestServers.postgres().user(), "Half the total length"), new Aggregate("n-ter Wert",
                "integer ORDER BY text", List.of("SFUNC = core.collect", "STYPE = text[]", "FINALFUNC = core.nth",
                        "FINALFUNC_MODIFY = READ_WRITE", "INITCOND = '{}'"), TestServers.postgres().user(), null));
        assertThat(schema("core").routines()).extracting(r -> r.name())
                .as("an aggregate is not a function").doesNotContain("half_length");
    }

    @Test
    void readsUserCollationsOfBothProviders() {
        assertThat(schema("app").collations()).containsExactly(
                new Collation("german_phonebook", Collation.ICU, "de-u-co-phonebk", null, null, true,
                        TestServers.postgres().user(), "Telefonbuch-Sortierung"),
                new Collation("posix_copy", Collation.LIBC, null, "C", "C", true, TestServers.postgres().user(),
                        null));
        Collation caseless = schema("Sprachen").collations().get(0);
        assertThat(caseless.name()).isEqualTo("ohne Groß/klein");
        assertThat(caseless.deterministic()).isFalse();
        assertThat(caseless.locale()).isEqualTo("und-u-ks-level2");
    }

    @Test
    void storesColumnCollationsSchemaQualified() {
        Table contacts = table("app", "contacts");
        assertThat(column(contacts, "name").collation()).isEqualTo("app.german_phonebook");
        assertThat(column(contacts, "email").collation()).isEqualTo("\"Sprachen\".\"ohne Groß/klein\"");
        assertThat(column(contacts, "city").collation()).isEqualTo("pg_catalog.\"de-x-icu\"");
        assertThat(column(contacts, "note").collation()).as("the type's default").isNull();
    }

    @Test
    void readsIndexKeyCollationsAndOperatorClasses() {
        Table contacts = table("app", "contacts");
        assertThat(index(contacts, "contacts_name_c_idx").keyParts())
                .containsExactly(IndexKey.column("name").withCollation("pg_catalog.\"C\""));
        assertThat(index(contacts, "contacts_note_pattern_idx").keyParts())
                .containsExactly(IndexKey.column("note").withOpclass("text_pattern_ops"));
        assertThat(index(contacts, "contacts_city_c_pattern_idx").keyParts()).containsExactly(
                IndexKey.column("city").withCollation("pg_catalog.\"C\"").withOpclass("varchar_pattern_ops")
                        .withDescending(true));
        assertThat(index(contacts, "contacts_lower_note_idx").keyParts())
                .containsExactly(IndexKey.expression("lower(note)").withCollation("pg_catalog.\"POSIX\""));
        assertThat(index(table("Sprachen", "Wörter"), "Wörter_pkey").keyParts())
                .as("a key in its column's own collation records none").containsExactly(IndexKey.column("Wort"));
        assertThat(index(table("public", "room_bookings"), "room_bookings_room_gist").keyParts())
                .as("btree_gist's operator class is the default for integers in gist")
                .containsExactly(IndexKey.column("room"));
        assertThat(index(table("Geo Daten", "Standorte"), "Standorte_notiz_trgm_idx").keyParts())
                .as("an extension's operator class, qualified by the schema it is installed in")
                .containsExactly(IndexKey.column("Notiz").withOpclass("ext.gin_trgm_ops"));
    }

    @Test
    void readsTextSearchDictionariesAndConfigurations() {
        assertThat(schema("public").textSearchDictionaries()).containsExactly(new TextSearchDictionary(
                "unaccent_de", "public.unaccent", "rules = 'unaccent'", TestServers.postgres().user(),
                "Umlaute und Akzente entfernen"));
        assertThat(schema("Geo Daten").textSearchDictionaries().get(0).template()).isEqualTo("pg_catalog.simple");
        TextSearchConfiguration german = schema("public").textSearchConfigurations().get(0);
        assertThat(german.name()).isEqualTo("Deutsch ohne Akzente");
        assertThat(german.parser()).isEqualTo("pg_catalog.\"default\"");
        assertThat(german.comment()).isEqualTo("German, accents folded");
        assertThat(german.mappings()).contains(
                new TextSearchMapping("word", List.of("public.unaccent_de", "pg_catalog.german_stem")),
                new TextSearchMapping("asciiword", List.of("pg_catalog.german_stem")));
        assertThat(german.mappings()).extracting(TextSearchMapping::tokenType).doesNotContain("blank");
    }

    @Test
    void roundTripsTheNewClassesThroughTheSnapshotFile() throws Exception {
        String written = SnapshotFile.write(snapshot);
        Snapshot read = SnapshotFile.read(new ByteArrayInputStream(written.getBytes(StandardCharsets.UTF_8)), "x");
        assertThat(read).isEqualTo(snapshot);
        assertThat(written).contains("\"extensions\"", "\"domains\"", "\"aggregates\"", "\"collations\"",
                "\"textSearchDictionaries\"", "\"textSearchConfigurations\"");
    }

    @Test
    void listsObjectsTheModelCannotHoldAsSkippedWithAReason() throws Exception {
        try (TestDatabase other = TestServers.postgres().createDatabase("introspect_pg_unmodelled")) {
            try (Connection c = other.connect(); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA shop");
                s.execute("CREATE TYPE shop.money_pair AS (amount numeric, currency char(3))");
                s.execute("CREATE TYPE shop.price_range AS RANGE (subtype = numeric)");
                s.execute("CREATE TABLE shop.items (id int PRIMARY KEY, owner_name text)");
                s.execute("ALTER TABLE shop.items ENABLE ROW LEVEL SECURITY");
                s.execute("CREATE POLICY own_items ON shop.items USING (owner_name = current_user)");
                s.execute("CREATE RULE no_delete AS ON DELETE TO shop.items DO INSTEAD NOTHING");
            }
            Snapshot read = introspect(other);
            assertThat(read.partial()).isTrue();
            assertThat(read.skipped()).contains(
                    new SkippedObject("shop", "money_pair", "composite type", "object",
                            "not part of the snapshot model: the rendered DDL does not recreate this composite type; "
                                    + "create it by hand where the snapshot is loaded"),
                    new SkippedObject("shop", "price_range", "range type", "object",
                            PostgresIntrospector.unmodelledReason("range type")),
                    new SkippedObject("shop", "own_items on items", "policy", "object",
                            PostgresIntrospector.unmodelledReason("policy")),
                    new SkippedObject("shop", "no_delete on items", "rule", "object",
                            PostgresIntrospector.unmodelledReason("rule")));
            assertThat(read.skipped()).filteredOn(o -> o.objectType().equals("table"))
                    .extracting(SkippedObject::name, SkippedObject::part)
                    .containsExactly(org.assertj.core.groups.Tuple.tuple("items", "row level security"));
            assertThat(read.table("shop", "items")).as("the table itself is still read").isPresent();
            assertThat(SnapshotFile.write(read)).contains("\"partial\": true");
        }
    }
}
