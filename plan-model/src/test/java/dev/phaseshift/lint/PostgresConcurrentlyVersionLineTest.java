package dev.phaseshift.lint;

import dev.phaseshift.lint.parse.SqlFileLint;
import dev.phaseshift.plan.sql.Dialect;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact version lines of the concurrent forms the help offers: {@code REINDEX ... CONCURRENTLY} from
 * PostgreSQL 12, {@code DETACH PARTITION ... CONCURRENTLY} from 14. Below those, the finding stays, but its help
 * must not suggest a form the server rejects.
 */
class PostgresConcurrentlyVersionLineTest {
    @ParameterizedTest(name = "{1} on postgresql {2}: concurrent form offered {3}")
    @CsvSource(delimiter = '|', value = {
            "reindex-without-concurrently | REINDEX TABLE orders | 11 | false",
            "reindex-without-concurrently | REINDEX TABLE orders | 12 | true",
            "reindex-without-concurrently | REINDEX INDEX orders_pkey | 11 | false",
            "reindex-without-concurrently | REINDEX INDEX orders_pkey | 12 | true",
            "detach-partition-without-concurrently | ALTER TABLE events DETACH PARTITION events_2019 | 13 | false",
            "detach-partition-without-concurrently | ALTER TABLE events DETACH PARTITION events_2019 | 14 | true"})
    void theHelpOffersTheConcurrentFormOnlyFromTheVersionThatHasIt(String rule, String sql, int version,
                                                                  boolean offered) {
        LintResult result = SqlFileLint.of("V1.sql", "SET lock_timeout = '5s';\n" + sql + ";\n",
                Dialect.postgres(version)).lint();

        List<Finding> own = result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        assertThat(own).hasSize(1);
        assertThat(own.get(0).isError()).isTrue();
        if (offered) {
            assertThat(own.get(0).help()).contains("CONCURRENTLY (postgresql " + (version == 12 ? 12 : 14)
                    + " and later)");
        } else {
            assertThat(own.get(0).help()).contains("postgresql " + version + " has no ")
                    .doesNotContain("use REINDEX", "use DETACH");
        }
    }

    @ParameterizedTest(name = "{1} on postgresql {2}: rejected {3}")
    @CsvSource(delimiter = '|', value = {
            "reindex-without-concurrently | REINDEX TABLE CONCURRENTLY orders | 11 | true",
            "reindex-without-concurrently | REINDEX TABLE CONCURRENTLY orders | 12 | false",
            "detach-partition-without-concurrently | ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY | 13 "
                    + "| true",
            "detach-partition-without-concurrently | ALTER TABLE events DETACH PARTITION events_2019 CONCURRENTLY | 14 "
                    + "| false"})
    void aConcurrentFormWrittenForAServerThatLacksItIsReportedAsRejected(String rule, String sql, int version,
                                                                        boolean rejected) {
        LintResult result = SqlFileLint.of("V1.sql", "SET lock_timeout = '5s';\n" + sql + ";\n",
                Dialect.postgres(version)).lint();

        List<Finding> own = result.findings().stream().filter(f -> f.ruleId().equals(rule)).toList();
        if (rejected) {
            assertThat(own).singleElement().satisfies(f -> assertThat(f.message())
                    .endsWith("postgresql " + version + " rejects the statement"));
        } else {
            assertThat(own).isEmpty();
        }
    }
}
