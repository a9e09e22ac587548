package dev.phaseshift.export;

import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/** What the Flyway export of the demo plans looks like to someone reading or running the files. */
class FlywayExportTest {
    @Test
    void theBackfillGetsItsOwnNonTransactionalMigrationThatCommitsPerBatch() throws Exception {
        Map<String, ExportedFile> files = byPath(FlywayExport.write(DemoExports.input("orders-priority")));
        String dir = "flyway/orders/migrations/";
        String backfill = dir + "V2__add_fulfilment_priority_to_orders_migrate_part1.sql";
        assertThat(files).containsKey(backfill).containsKey(backfill + ".conf");
        assertThat(files.get(backfill + ".conf").text()).contains("executeInTransaction=false");
        String sql = files.get(backfill).text();
        // one UPDATE, inside the DO loop that commits after each batch of 10000 keys: never one giant UPDATE
        assertThat(sql.split("UPDATE ", -1)).hasSize(2);
        assertThat(sql).contains("DO $phaseshift$", "LIMIT 10000", "COMMIT;", "LOOP");
        assertThat(sql.indexOf("LOOP")).isLessThan(sql.indexOf("UPDATE ")).isLessThan(sql.indexOf("COMMIT;"));
        // the verification after it runs in a transaction and fails the migration when it is not true
        String verify = files.get(dir + "V3__add_fulfilment_priority_to_orders_migrate_part2.sql").text();
        assertThat(files).doesNotContainKey(dir + "V3__add_fulfilment_priority_to_orders_migrate_part2.sql.conf");
        assertThat(verify).contains("RAISE EXCEPTION", "SELECT count(*) = 0 FROM orders WHERE fulfilment_priority IS NULL");
    }

    @Test
    void validateConstraintRunsOutsideATransactionWithItsLockTimeoutRepeated() throws Exception {
        Map<String, ExportedFile> files = byPath(FlywayExport.write(DemoExports.input("orders-priority")));
        String validate = "flyway/orders/migrations/V5__add_fulfilment_priority_to_orders_contract_part2.sql";
        assertThat(files.get(validate + ".conf").text()).contains("executeInTransaction=false");
        assertThat(files.get(validate).text()).contains("SET lock_timeout = '5s';", "VALIDATE CONSTRAINT")
                .doesNotContain("SET NOT NULL");
        assertThat(files.get("flyway/orders/migrations/V6__add_fulfilment_priority_to_orders_contract_part3.sql")
                .text()).contains("SET lock_timeout = '5s';", "SET NOT NULL");
    }

    @Test
    void undoFilesExistOnlyWhereARollbackExists() throws Exception {
        List<String> paths = FlywayExport.write(DemoExports.input("orders-priority")).stream()
                .map(ExportedFile::path).toList();
        assertThat(paths).filteredOn(p -> p.contains("/U")).extracting(p -> p.substring(p.lastIndexOf('/') + 1))
                .containsExactly("U1__add_fulfilment_priority_to_orders_expand.sql",
                        "U6__add_fulfilment_priority_to_orders_contract_part3.sql");
        Map<String, ExportedFile> files = byPath(FlywayExport.write(DemoExports.input("orders-priority")));
        assertThat(files.get("flyway/orders/migrations/U1__add_fulfilment_priority_to_orders_expand.sql").text())
                .contains("DROP COLUMN \"fulfilment_priority\"");
    }

    @Test
    void mysqlBodiesAreDelimitedSoFlywayDoesNotCutThem() throws Exception {
        Map<String, ExportedFile> files = byPath(FlywayExport.write(DemoExports.input("rename-phone")));
        String expand = files.get("flyway/shipping/migrations/V1__rename_phone_to_phone_number_expand.sql").text();
        assertThat(expand).contains("DELIMITER $$\nCREATE TRIGGER `shipping_addresses_phone_sync_ins`")
                .contains("END$$\nDELIMITER ;\n");
    }

    @Test
    void everyFileNamesTheToolVersionThePlanAndItsChecksum() throws Exception {
        ExportInput input = DemoExports.input("rename-phone");
        for (ExportedFile file : FlywayExport.write(input)) {
            assertThat(file.text()).as(file.path()).contains("phaseshift test-version",
                    "plan: \"rename phone to phone_number\"", input.planChecksum());
        }
        assertThat(input.planChecksum()).matches("sha256:[0-9a-f]{64}");
    }

    @Test
    void theProjectTakesItsPasswordFromTheVariableTheEstateReferences() throws Exception {
        ExportInput input = ExportInputs.withPasswords(DemoExports.input("orders-priority"));
        String toml = byPath(FlywayExport.write(input)).get("flyway/orders/flyway.toml").text();
        assertThat(toml).contains("[environments.orders]", "url = \"jdbc:postgresql://127.0.0.1:5432/shop_orders\"",
                "password = \"${env.ORDERS_DB_PASSWORD}\"", "environment = \"orders\"",
                "locations = [\"filesystem:migrations\"]", "flyway migrate -target=1", "flyway migrate -target=6");
    }

    /**
     * The password line is resolved by Flyway's own environment-variable resolver (internal API, used here only to
     * prove the {@code ${env.VAR}} spelling): with the estate referencing {@code ${env:HOME}}, it gives $HOME.
     */
    @Test
    void flywaysOwnResolverReadsThePasswordReference() throws Exception {
        ExportInput input = ExportInputs.withPassword(DemoExports.input("orders-priority"), "${env:HOME}");
        String toml = byPath(FlywayExport.write(input)).get("flyway/orders/flyway.toml").text();
        java.util.regex.Matcher m = java.util.regex.Pattern.compile("(?m)^password = \"(.*)\"$").matcher(toml);
        assertThat(m.find()).isTrue();
        var context = new org.flywaydb.core.internal.configuration.resolvers.PropertyResolverContextImpl(
                new org.flywaydb.core.api.configuration.ClassicConfiguration(), Map.of("env",
                new org.flywaydb.core.internal.configuration.resolvers.EnvironmentVariableResolver()));
        assertThat(System.getenv("HOME")).isNotBlank();
        assertThat(context.resolveValue(m.group(1), null)).isEqualTo(System.getenv("HOME"));
    }

    static Map<String, ExportedFile> byPath(List<ExportedFile> files) {
        return files.stream().collect(Collectors.toMap(ExportedFile::path, Function.identity()));
    }
}
