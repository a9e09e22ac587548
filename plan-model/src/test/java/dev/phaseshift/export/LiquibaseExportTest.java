package dev.phaseshift.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import dev.phaseshift.plan.Step;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** The Liquibase changelogs of the demo plans, read back as YAML the way Liquibase reads them. */
class LiquibaseExportTest {
    @Test
    void aChangesetPerStepLabelledWithItsPhaseAndEachWithARollback() throws Exception {
        ExportInput input = DemoExports.input("rename-phone");
        Map<String, ExportedFile> files = FlywayExportTest.byPath(LiquibaseExport.write(input));
        for (String service : List.of("customers", "shipping")) {
            JsonNode log = yaml(files.get("liquibase/" + service + "/rename_phone_to_phone_number.changelog.yaml")
                    .text()).path("databaseChangeLog");
            List<String> ids = new ArrayList<>();
            List<String> labels = new ArrayList<>();
            for (JsonNode entry : log) {
                JsonNode changeSet = entry.path("changeSet");
                ids.add(changeSet.path("id").asText());
                labels.add(changeSet.path("labels").asText());
                assertThat(changeSet.path("rollback").isArray()).as("rollback of %s", changeSet.path("id")).isTrue();
                assertThat(changeSet.path("rollback")).isNotEmpty();
                for (JsonNode change : changeSet.path("changes")) {
                    assertThat(change.path("sql").path("splitStatements").asBoolean(true)).isFalse();
                }
            }
            List<String> expectedIds = new ArrayList<>();
            List<String> expectedLabels = new ArrayList<>();
            input.plan().phases().forEach(p -> p.steps().stream().filter(s -> s.service().equals(service))
                    .forEach(s -> {
                        expectedIds.add(s.id());
                        expectedLabels.add(p.id());
                    }));
            assertThat(ids).isEqualTo(expectedIds);
            assertThat(labels).isEqualTo(expectedLabels);
        }
    }

    @Test
    void onlyStepsThatMustRunOutsideATransactionSayRunInTransactionFalse() throws Exception {
        ExportInput input = DemoExports.input("orders-priority");
        JsonNode log = yaml(FlywayExportTest.byPath(LiquibaseExport.write(input))
                .get("liquibase/orders/add_fulfilment_priority_to_orders.changelog.yaml").text())
                .path("databaseChangeLog");
        List<String> outside = new ArrayList<>();
        for (JsonNode entry : log) {
            if (!entry.path("changeSet").path("runInTransaction").asBoolean(true)) {
                outside.add(entry.path("changeSet").path("id").asText());
            }
        }
        assertThat(outside).containsExactly("orders-orders-fulfilment_priority-backfill",
                "orders-orders-fulfilment_priority-not-null");
        assertThat(input.plan().steps().map(Step::id)).hasSize(4);
    }

    @Test
    void aMysqlTriggerBodyStaysOneStatement() throws Exception {
        JsonNode log = yaml(FlywayExportTest.byPath(LiquibaseExport.write(DemoExports.input("rename-phone")))
                .get("liquibase/shipping/rename_phone_to_phone_number.changelog.yaml").text())
                .path("databaseChangeLog");
        JsonNode update = log.get(2).path("changeSet");
        assertThat(update.path("id").asText()).isEqualTo("shipping-shipping_addresses-sync-update-phone_number");
        assertThat(update.path("changes").get(1).path("sql").path("sql").asText())
                .startsWith("CREATE TRIGGER `shipping_addresses_phone_sync_upd`").endsWith("END IF; END");
    }

    static JsonNode yaml(String text) throws Exception {
        return new ObjectMapper(new YAMLFactory()).readTree(text);
    }
}
