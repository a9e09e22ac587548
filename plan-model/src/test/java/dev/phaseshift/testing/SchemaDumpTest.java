package dev.phaseshift.testing;

import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.sql.Connection;
import java.sql.Statement;
import java.util.Map;
import java.util.function.Supplier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

class SchemaDumpTest {

    @Test
    void postgresDumpLosesOwnersRestrictKeysAndVersionsButKeepsTheSchema() {
        String dump = SqlFixtures.resource("/testing/schema-dump/postgresql.dump.sql");

        String normalised = SchemaDump.normalise(dump, "pstest_source_1_abc");

        assertThat(normalised).isEqualTo(SqlFixtures.resource("/testing/schema-dump/postgresql.normalised.sql"));
    }

    @Test
    void mysqlDumpLosesDatabaseNameCountersDefinersAndDatesButKeepsTheSchema() {
        String dump = SqlFixtures.resource("/testing/schema-dump/mysql.dump.sql");

        String normalised = SchemaDump.normalise(dump, "pstest_source_1_abc");

        assertThat(normalised).isEqualTo(SqlFixtures.resource("/testing/schema-dump/mysql.normalised.sql"));
    }

    static Stream<Arguments> servers() {
        return Stream.of(
                Arguments.of(Named.of("postgresql", (Supplier<DatabaseServer>) TestServers::postgres),
                        "numeric(10,2)", "numeric(12,2)"),
                Arguments.of(Named.of("mysql", (Supplier<DatabaseServer>) TestServers::mysql),
                        "decimal(10,2)", "decimal(12,2)"));
    }

    @ParameterizedTest
    @MethodSource("servers")
    void copiesFromTheSameSqlCompareEqualAndAChangedColumnTypeShowsAsALineDiff(
            Supplier<DatabaseServer> chosen, String priceType, String otherPriceType) throws Exception {
        DatabaseServer server = chosen.get();
        String fixture = "/testing/schema-dump/shop-" + server.engine().id() + ".sql";
        try (TestDatabase original = server.createDatabase("dump_original");
             TestDatabase copy = server.createDatabase("dump_copy");
             TestDatabase changed = server.createDatabase("dump_changed")) {
            load(original, fixture, priceType);
            load(copy, fixture, priceType);
            load(changed, fixture, otherPriceType);
            // rows move the original's AUTO_INCREMENT counter / identity sequence, not its schema
            try (Connection c = original.connect(); Statement s = c.createStatement()) {
                s.execute(server.engine() == ServerKind.POSTGRESQL
                        ? "INSERT INTO shop.items (name, price) VALUES ('pen', 2), ('ink', 3)"
                        : "INSERT INTO items (name, price) VALUES ('pen', 2), ('ink', 3)");
            }

            assertThat(SchemaDump.difference(original, copy)).isEmpty();

            String difference = SchemaDump.difference(original, changed);
            assertThat(difference)
                    .startsWith("--- dump of " + original.name() + "\n+++ dump of " + changed.name() + "\n@@ -")
                    .containsPattern("(?m)^-.*price.* " + java.util.regex.Pattern.quote(priceType) + " NOT NULL")
                    .containsPattern("(?m)^\\+.*price.* " + java.util.regex.Pattern.quote(otherPriceType)
                            + " NOT NULL");
            assertThat(difference.lines().filter(l -> l.startsWith("-") || l.startsWith("+"))
                    .filter(l -> !l.startsWith("---") && !l.startsWith("+++"))).hasSize(2);
        }
    }

    private static void load(TestDatabase db, String fixture, String priceType) throws Exception {
        try (Connection c = db.connect()) {
            SqlFixtures.load(c, fixture, Map.of("price_type", priceType));
        }
    }
}
