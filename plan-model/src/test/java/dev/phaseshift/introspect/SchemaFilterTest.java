package dev.phaseshift.introspect;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaFilterTest {
    private static final List<String> AVAILABLE = List.of("app", "app_archive", "Reporting Ä", "phaseshift",
            "pg_catalog", "public");

    private static SchemaFilter.Selection select(List<String> include, List<String> exclude) {
        return new SchemaFilter(include, exclude, PostgresIntrospector::isSystemSchema).select(AVAILABLE);
    }

    @Test
    void readsEveryUserSchemaButPhaseshiftsOwnByDefault() {
        assertThat(select(List.of(), List.of()).schemas()).containsExactly("app", "app_archive", "Reporting Ä",
                "public");
    }

    @Test
    void includesByNameOrGlobAndThenExcludes() {
        assertThat(select(List.of("app*"), List.of("*_archive")).schemas()).containsExactly("app");
        assertThat(select(List.of("Rep?rting Ä", "public"), List.of()).schemas()).containsExactly("Reporting Ä",
                "public");
        assertThat(select(List.of("*"), List.of()).schemas()).doesNotContain("phaseshift", "pg_catalog");
        assertThat(select(List.of("phaseshift"), List.of()).schemas()).containsExactly("phaseshift");
    }

    @Test
    void reportsNamesThatMatchNothingAndSystemSchemas() {
        SchemaFilter.Selection selection = select(List.of("app", "App", "nope*", "pg_catalog"), List.of());
        assertThat(selection.unknown()).containsExactly("App");
        assertThat(selection.systemNamed()).containsExactly("pg_catalog");
        assertThat(selection.schemas()).containsExactly("app");
    }
}
