package dev.phaseshift.estate;

import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Services written into estate file text keep the user's comments and formatting. */
class ServiceEditorTest {
    private static final String COMMENTED = """
            # our shop
            format: phaseshift/estate@1
            name: Shop

            services:
              - name: orders          # checkout team's database
                team: checkout
                engine: postgresql
                url: jdbc:postgresql://db1:5432/orders
                user: ro
                password: ${env:ORDERS_PW}   # from the vault
                schemas:
                  - public
                snapshot: snapshots/orders.json
                # the replica is read by billing

            # what nobody's catalog knows
            references: []
            """;

    @Test
    void aNewEstateTakesItsFirstService() throws Exception {
        String text = ServiceEditor.put(ServiceEditor.newEstate("My estate"), service("orders", "ro"), "new.yaml");

        EstateDefinition read = EstateText.read(text, "new.yaml");
        assertThat(read.name()).isEqualTo("My estate");
        assertThat(read.services()).containsExactly(service("orders", "ro"));
        assertThat(text).contains("services:\n  - name: orders\n    team: checkout\n    engine: postgresql\n")
                .contains("    password: \"${prompt}\"\n").doesNotContain("services: []");
    }

    @Test
    void changingAServiceRewritesOnlyTheChangedLinesAndKeepsComments() throws Exception {
        ServiceDefinition before = EstateText.read(COMMENTED, "shop.yaml").services().get(0);
        ServiceDefinition after = new ServiceDefinition("orders", "payments", Engine.POSTGRESQL, "orders",
                before.url(), "phaseshift", before.password(), List.of("public", "ledger"), before.snapshot());

        String text = ServiceEditor.put(COMMENTED, after, "shop.yaml");

        assertThat(EstateText.read(text, "shop.yaml").services()).containsExactly(after);
        assertThat(text).contains("  - name: orders          # checkout team's database\n")
                .contains("    team: payments\n")
                .contains("    password: ${env:ORDERS_PW}   # from the vault\n")
                .contains("    schemas: [public, ledger]\n")
                .contains("    database: orders\n    # the replica is read by billing\n")
                .contains("# what nobody's catalog knows\nreferences: []\n")
                .startsWith("# our shop\n");
    }

    @Test
    void anAddedServiceFollowsTheLastOneBeforeTheNextBlock() throws Exception {
        String text = ServiceEditor.put(COMMENTED, service("stock", "root"), "shop.yaml");

        assertThat(EstateText.read(text, "shop.yaml").services()).extracting(ServiceDefinition::name)
                .containsExactly("orders", "stock");
        assertThat(text.indexOf("- name: stock")).isGreaterThan(text.indexOf("snapshot: snapshots/orders.json"))
                .isLessThan(text.indexOf("references: []"));
    }

    @Test
    void aKeyLeftEmptyIsRemoved() throws Exception {
        ServiceDefinition before = EstateText.read(COMMENTED, "shop.yaml").services().get(0);
        ServiceDefinition after = new ServiceDefinition("orders", before.team(), Engine.POSTGRESQL, null,
                before.url(), before.user(), null, before.schemas(), before.snapshot());

        String text = ServiceEditor.put(COMMENTED, after, "shop.yaml");

        assertThat(text).doesNotContain("password:").doesNotContain("from the vault");
        assertThat(EstateText.read(text, "shop.yaml").services()).containsExactly(after);
    }

    private static ServiceDefinition service(String name, String user) {
        return new ServiceDefinition(name, "checkout", Engine.POSTGRESQL, name,
                "jdbc:postgresql://127.0.0.1:5432/" + name, user, "${prompt}", List.of("public"),
                "snapshots/" + name + ".json");
    }
}
