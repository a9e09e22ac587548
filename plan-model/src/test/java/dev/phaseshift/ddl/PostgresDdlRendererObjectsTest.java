package dev.phaseshift.ddl;

import dev.phaseshift.schema.Aggregate;
import dev.phaseshift.schema.Collation;
import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Domain;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.Extension;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TextSearchConfiguration;
import dev.phaseshift.schema.TextSearchDictionary;
import dev.phaseshift.schema.TextSearchMapping;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The PostgreSQL object classes beyond tables and views in a rendered script: their statements and their
 * place in it. Names are chosen so that name order would be the wrong order.
 */
class PostgresDdlRendererObjectsTest {
    private static final String OWNER = "app_owner";

    private static Routine function(String name, String arguments, String returnType, String body) {
        String definition = "CREATE OR REPLACE FUNCTION core." + name + "(" + arguments + ")\n RETURNS " + returnType
                + "\n LANGUAGE sql\nAS $function$ " + body + " $function$";
        return new Routine(name, RoutineKind.FUNCTION, arguments, returnType, "sql", definition, null);
    }

    private static Snapshot snapshot() {
        Table people = Table.builder("people")
                .columns(List.of(Column.builder("id", "integer").notNull().build(),
                        Column.builder("code", "text").defaultExpression("core.a_next_code()").build(),
                        Column.builder("mood", "core.b_mood_domain").build(),
                        Column.builder("name", "text").collation("\"Sprachen\".\"ohne Groß/klein\"").build(),
                        Column.builder("legacy", "text").collation("de-x-icu").build()))
                .indexes(List.of(Index.builder("people_name_idx").keyParts(List.of(IndexKey.column("name")
                        .withCollation("pg_catalog.\"C\"").withOpclass("text_pattern_ops").withDescending(true)))
                        .build()))
                .owner(OWNER).build();
        Domain over = new Domain("b_mood_domain", "core.z_base_domain", null, false, null, List.of(), OWNER, null);
        Domain base = new Domain("z_base_domain", "core.mood", "'ok'::core.mood", true, null,
                List.of(new Constraint("not_sad", ConstraintKind.CHECK, List.of(), "(VALUE <> 'sad'::core.mood)",
                        true, true, false, false, null),
                        new Constraint("later", ConstraintKind.CHECK, List.of(), "(VALUE <> 'meh'::core.mood)",
                                false, true, false, false, "checked from now on")),
                OWNER, "the base");
        Routine label = function("a_label", "p core.people", "text", "SELECT p.code");
        Routine nextCode = function("a_next_code", "", "text", "SELECT 'x'");
        Routine add = function("z_add", "state integer, value text", "integer", "SELECT state + length(value)");
        Routine describe = function("a_describe", "l core.a_labels", "text", "SELECT l.label");
        Aggregate total = new Aggregate("a_total", "text", List.of("SFUNC = core.z_add", "STYPE = integer",
                "INITCOND = '0'"), OWNER, null);
        View labels = View.builder("a_labels").definition(" SELECT core.a_label(p.*) AS label\n   FROM core.people p")
                .sources(List.of(ViewSource.of("core", "people", List.of()))).build();
        Schema core = new Schema("core", OWNER, null, null, List.of(people), List.of(labels), List.of(),
                List.of(EnumType.of("mood", List.of("sad", "ok", "meh"))), List.of(label, nextCode, add, describe),
                List.of(over, base), List.of(total),
                List.of(new Collation("german", Collation.ICU, "de-u-co-phonebk", null, null, true, OWNER, "phone"),
                        new Collation("posix", Collation.LIBC, null, "C", "C", true, OWNER, null)),
                List.of(new TextSearchDictionary("plain", "pg_catalog.simple", "stopwords = 'german'", OWNER, null)),
                List.of(new TextSearchConfiguration("Deutsch", "pg_catalog.\"default\"", List.of(
                        new TextSearchMapping("word", List.of("core.plain", "pg_catalog.german_stem"))), OWNER, null)));
        Schema sprachen = new Schema("Sprachen", OWNER, null, null, List.of(), List.of(), List.of(), List.of(),
                List.of(), List.of(), List.of(),
                List.of(new Collation("ohne Groß/klein", Collation.ICU, "und-u-ks-level2", null, null, false, OWNER,
                        null)), List.of(), List.of());
        return Snapshot.of("objects", Engine.POSTGRESQL, List.of(core, sprachen)).withExtensions(List.of(
                new Extension("a_needs_z", "1.0", "public", List.of("z_needed"), null),
                new Extension("z_needed", "2.1", "extensions", List.of(), null)));
    }

    private static final List<String> DDL = new PostgresDdlRenderer().statements(snapshot());

    private static int indexOf(String prefix) {
        for (int i = 0; i < DDL.size(); i++) {
            if (DDL.get(i).startsWith(prefix)) {
                return i;
            }
        }
        throw new AssertionError("no statement starting with " + prefix + " in\n" + String.join(";\n", DDL));
    }

    @Test
    void createsEachExtensionAfterTheOnesItRequiresInItsSchemaAtItsVersion() {
        int schema = indexOf("CREATE SCHEMA IF NOT EXISTS extensions");
        int needed = indexOf("CREATE EXTENSION IF NOT EXISTS z_needed WITH SCHEMA extensions VERSION '2.1'");
        int needing = indexOf("CREATE EXTENSION IF NOT EXISTS a_needs_z WITH SCHEMA public VERSION '1.0'");
        assertThat(schema).isLessThan(needed);
        assertThat(needed).isLessThan(needing);
        assertThat(needing).as("extensions before anything that could use them")
                .isLessThan(indexOf("CREATE COLLATION")).isLessThan(indexOf("CREATE TYPE core.mood"));
    }

    @Test
    void createsCollationsOfBothProvidersBeforeTheTablesUsingThem() {
        int caseless = indexOf("CREATE COLLATION \"Sprachen\".\"ohne Groß/klein\" (provider = icu, "
                + "locale = 'und-u-ks-level2', deterministic = false)");
        indexOf("CREATE COLLATION core.german (provider = icu, locale = 'de-u-co-phonebk')");
        indexOf("CREATE COLLATION core.posix (provider = libc, lc_collate = 'C', lc_ctype = 'C')");
        indexOf("COMMENT ON COLLATION core.german IS 'phone'");
        assertThat(caseless).isLessThan(indexOf("CREATE TABLE core.people"));
    }

    @Test
    void writesSchemaQualifiedCollationsAsStoredAndQuotesTheBareNamesOfOlderSnapshots() {
        String table = DDL.get(indexOf("CREATE TABLE core.people"));
        assertThat(table).contains("name text COLLATE \"Sprachen\".\"ohne Groß/klein\"",
                "legacy text COLLATE \"de-x-icu\"");
        assertThat(DDL.get(indexOf("CREATE INDEX people_name_idx")))
                .isEqualTo("CREATE INDEX people_name_idx ON core.people (name COLLATE pg_catalog.\"C\" "
                        + "text_pattern_ops DESC)");
    }

    @Test
    void createsADomainAfterTheDomainItIsBasedOnWithNotValidChecksAddedAfterwards() {
        int base = indexOf("CREATE DOMAIN core.z_base_domain AS core.mood DEFAULT 'ok'::core.mood NOT NULL "
                + "CONSTRAINT not_sad CHECK ((VALUE <> 'sad'::core.mood))");
        int later = indexOf("ALTER DOMAIN core.z_base_domain ADD CONSTRAINT later CHECK ((VALUE <> 'meh'::core.mood))"
                + " NOT VALID");
        int over = indexOf("CREATE DOMAIN core.b_mood_domain AS core.z_base_domain");
        assertThat(indexOf("CREATE TYPE core.mood")).isLessThan(base);
        assertThat(base).isLessThan(later).isLessThan(over);
        assertThat(over).isLessThan(indexOf("CREATE TABLE core.people"));
        indexOf("COMMENT ON CONSTRAINT later ON DOMAIN core.z_base_domain IS 'checked from now on'");
    }

    @Test
    void ordersFunctionsTablesAggregatesAndViewsByWhatEachUses() {
        int nextCode = indexOf("CREATE OR REPLACE FUNCTION core.a_next_code()");
        int people = indexOf("CREATE TABLE core.people");
        int label = indexOf("CREATE OR REPLACE FUNCTION core.a_label(p core.people)");
        int add = indexOf("CREATE OR REPLACE FUNCTION core.z_add(");
        int total = indexOf("CREATE AGGREGATE core.a_total(text) (\n    SFUNC = core.z_add,\n    STYPE = integer,\n"
                + "    INITCOND = '0'\n)");
        int labels = indexOf("CREATE VIEW core.a_labels AS");
        assertThat(nextCode).as("a default calls it").isLessThan(people);
        assertThat(people).as("its argument is the table's row type").isLessThan(label);
        assertThat(add).as("the aggregate's state function").isLessThan(total);
        assertThat(label).as("the view calls it").isLessThan(labels);
        assertThat(labels).as("its argument is the view's row type")
                .isLessThan(indexOf("CREATE OR REPLACE FUNCTION core.a_describe(l core.a_labels)"));
        assertThat(indexOf("SET check_function_bodies = false")).isZero();
    }

    @Test
    void createsTextSearchDictionariesThenConfigurationsWithTheirMappings() {
        int dictionary = indexOf("CREATE TEXT SEARCH DICTIONARY core.plain (TEMPLATE = pg_catalog.simple, "
                + "stopwords = 'german')");
        int configuration = indexOf("CREATE TEXT SEARCH CONFIGURATION core.\"Deutsch\" (PARSER = "
                + "pg_catalog.\"default\")");
        int mapping = indexOf("ALTER TEXT SEARCH CONFIGURATION core.\"Deutsch\" ADD MAPPING FOR word WITH "
                + "core.plain, pg_catalog.german_stem");
        assertThat(dictionary).isLessThan(configuration);
        assertThat(configuration).isLessThan(mapping);
        assertThat(mapping).isLessThan(indexOf("CREATE TABLE core.people"));
    }

    @Test
    void recordsOwnersButDoesNotRenderThem() {
        assertThat(snapshot().table("core", "people").orElseThrow().owner()).isEqualTo(OWNER);
        assertThat(DDL).noneMatch(s -> s.contains("OWNER TO") || s.contains(OWNER));
    }
}
