package dev.phaseshift.lint;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The exact version lines of mysql-table-rebuild, which the fixtures' {@code -v57}/{@code -v80} suffixes cannot
 * reach: dropping a column or adding one before the last is an in-place rebuild up to MySQL 8.0.28 and MariaDB
 * 10.3, and instant from MySQL 8.0.29 and MariaDB 10.4.
 */
class MysqlVersionLineTest {
    private static final Path ROOT = LintFixtures.ROOT.resolve("mysql-table-rebuild");

    @ParameterizedTest(name = "{0} on {1} {2}: reported {3}")
    @CsvSource({
            "bad-drop-mysql-v57.plan.yaml, MYSQL, 8.0.28, true",
            "bad-drop-mysql-v57.plan.yaml, MYSQL, 8.0.29, false",
            "bad-drop-mysql-v57.plan.yaml, MARIADB, 10.3.39-MariaDB, true",
            "bad-drop-mysql-v57.plan.yaml, MARIADB, 10.4.0-MariaDB, false",
            "bad-add-after-mysql-v57.plan.yaml, MYSQL, 8.0.28, true",
            "bad-add-after-mysql-v57.plan.yaml, MYSQL, 8.0.29, false",
            "bad-add-after-mysql-v57.plan.yaml, MARIADB, 10.3.39-MariaDB, true",
            "bad-add-after-mysql-v57.plan.yaml, MARIADB, 10.4.0-MariaDB, false"})
    void rebuildIsReportedOnlyBelowTheVersionLine(String plan, ServerProduct product, String version, boolean reported)
            throws Exception {
        LintResult result = Linter.standard().lint(LintFixtures.plan(ROOT.resolve(plan)), at(product, version));

        assertThat(result.problems()).filteredOn(p -> p.isError()).isEmpty();
        // linted without consumer contracts, the drop is also destructive-drop's error; only the rebuild is asked here
        List<Finding> rebuilds = result.findings().stream().filter(f -> !f.ruleId().equals("destructive-drop"))
                .toList();
        if (reported) {
            assertThat(rebuilds).extracting(Finding::ruleId).containsExactly("mysql-table-rebuild");
            assertThat(rebuilds.get(0).message()).contains("rebuild table \"stock_movements\"",
                    product.name().toLowerCase() + " " + version.replace("-MariaDB", ""));
        } else {
            assertThat(rebuilds).isEmpty();
        }
    }

    private static Map<String, Snapshot> at(ServerProduct product, String version) {
        Map<String, Snapshot> out = new LinkedHashMap<>(DemoEstate.load().snapshots());
        out.replaceAll((name, s) -> s.engine() != Engine.MYSQL ? s : new Snapshot(s.service(), s.engine(), product,
                version, s.database(), s.source(), s.skipped(), s.schemas()));
        return out;
    }
}
