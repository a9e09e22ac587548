package dev.phaseshift.estate;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.schema.Engine;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class EstateFileTest {
    private static EstateDefinition read(String yaml) throws EstateFormatException {
        return EstateFile.read(new ByteArrayInputStream(yaml.getBytes(StandardCharsets.UTF_8)), "phaseshift.yaml");
    }

    @Test
    void theDemoEstateHasSevenServicesOnBothEngines() {
        Estate estate = DemoEstate.load();
        assertThat(estate.services()).extracting(ServiceDefinition::name).containsExactly(
                "customers", "catalog", "orders", "billing", "inventory", "shipping", "notifications");
        assertThat(estate.services()).filteredOn(s -> s.engine() == Engine.MYSQL).hasSizeGreaterThanOrEqualTo(2);
        assertThat(estate.services()).allSatisfy(s -> assertThat(s.password()).as("demo servers trust local logins").isNull());
    }

    @Test
    void aLiteralPasswordIsRejectedWithItsLineAndTheWayToReferenceIt() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engine: postgresql
                  - name: billing
                    engine: postgresql
                    password: hunter2
                """;
        assertThatThrownBy(() -> read(yaml))
                .isInstanceOf(EstateFormatException.class)
                .hasMessageStartingWith("phaseshift.yaml:6:")
                .hasMessageContaining("literal password")
                .hasMessageContaining("${env:VARIABLE}")
                .hasMessageNotContaining("hunter2");
    }

    @Test
    void duplicateServicesAreAnError() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engine: postgresql
                  - name: orders
                    engine: mysql
                """;
        assertThatThrownBy(() -> read(yaml)).hasMessage("phaseshift.yaml:6: duplicate service \"orders\"");
    }

    @Test
    void unknownKeysNameFileLineAndColumn() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engin: postgresql
                """;
        assertThatThrownBy(() -> read(yaml))
                .hasMessageStartingWith("phaseshift.yaml:5:")
                .hasMessageContaining("\"engin\"");
    }

    @Test
    void aWrongFormatIsNamed() {
        assertThatThrownBy(() -> read("format: phaseshift/estate@9\nname: x\n"))
                .hasMessageContaining("unsupported estate format \"phaseshift/estate@9\"");
    }

    @Test
    void referencesConsumerContractsAndDecisionsAreReadWithTheirPlaces() throws EstateFormatException {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                services:
                  - name: orders
                    engine: postgresql
                  - name: billing
                    engine: postgresql
                references:
                  - from: billing.public.invoices.order_id
                    to: orders.public.orders.id
                    note: copied at checkout
                consumers:
                  - service: billing
                    version: 1
                    reads:
                      - table: orders.public.orders
                        columns: [id, total]
                        via: replica
                    writes:
                      - table: orders.public.order_notes
                        via: shared-database
                decisions:
                  - accept: billing.public.invoices.customer_id -> customers.public.customers.id
                  - reject: "billing.public.payments.psp_reference -> orders.public.orders.id"
                """;
        EstateDefinition estate = read(yaml);

        DeclaredReference reference = estate.references().get(0);
        assertThat(reference.pair().toString()).isEqualTo("billing.public.invoices.order_id -> orders.public.orders.id");
        assertThat(reference.note()).isEqualTo("copied at checkout");
        assertThat(reference.fromLocation()).hasToString("phaseshift.yaml:9:11");
        assertThat(reference.toLocation()).hasToString("phaseshift.yaml:10:9");

        ConsumerContract billing = estate.consumer("billing", "1").orElseThrow();
        assertThat(billing.label()).isEqualTo("billing 1");
        TableAccess read = billing.reads().get(0);
        assertThat(read.relation()).isEqualTo(QualifiedName.relation("orders", "public", "orders"));
        assertThat(read.columns()).containsExactly("id", "total");
        assertThat(read.via()).isEqualTo(Channel.REPLICA);
        assertThat(read.columnLocations().get(1)).hasToString("phaseshift.yaml:17:23");
        assertThat(billing.writes().get(0).wholeRelation()).isTrue();

        assertThat(estate.decisions()).extracting(ReferenceDecision::verdict).containsExactly(Verdict.ACCEPT, Verdict.REJECT);
        assertThat(estate.decisions().get(1).location()).hasToString("phaseshift.yaml:24:13");
    }

    @Test
    void aReferenceThatNamesNoColumnIsAnErrorAtTheName() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                references:
                  - from: orders.public.orders
                    to: customers.public.customers.id
                """;
        assertThatThrownBy(() -> read(yaml)).hasMessage("phaseshift.yaml:4:11: \"orders.public.orders\" (from) names no "
                + "column: write service.schema.table.column");
    }

    @Test
    void anUnknownChannelListsTheChannels() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                consumers:
                  - service: billing
                    version: v1
                    reads:
                      - table: orders.public.orders
                        via: carrier-pigeon
                """;
        assertThatThrownBy(() -> read(yaml)).hasMessage("phaseshift.yaml:8:14: unknown channel \"carrier-pigeon\": "
                + "expected shared-database, replica, cdc or api-view");
    }

    @Test
    void aConsumerVersionListedTwiceIsAnError() {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                consumers:
                  - service: billing
                    version: v1
                    reads: [{table: orders.public.orders, via: replica}]
                  - service: billing
                    version: v1
                    reads: [{table: orders.public.returns, via: replica}]
                """;
        assertThatThrownBy(() -> read(yaml)).hasMessageStartingWith("phaseshift.yaml:7:")
                .hasMessageEndingWith("duplicate consumer contract \"billing v1\"");
    }

    @Test
    void aDecisionIsEitherAcceptOrRejectAndOnlyOncePerReference() {
        String both = """
                format: phaseshift/estate@1
                name: shop
                decisions:
                  - {accept: a.s.t.c -> b.s.t.id, reject: a.s.t.c -> b.s.t.id}
                """;
        assertThatThrownBy(() -> read(both)).hasMessageContaining("either \"accept: FROM -> TO\" or \"reject: FROM -> TO\"");
        String twice = """
                format: phaseshift/estate@1
                name: shop
                decisions:
                  - accept: a.s.t.c -> b.s.t.id
                  - reject: a.s.t.c ->  b.s.t.id
                """;
        assertThatThrownBy(() -> read(twice)).hasMessage("phaseshift.yaml:5:13: a second decision on \"a.s.t.c -> b.s.t.id\"");
    }

    @Test
    void quotedNamePartsMayHoldDots() throws EstateFormatException {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                references:
                  - from: 'reporting.public."sales.2024".customer_id'
                    to: customers.public.customers.id
                """;
        QualifiedName from = read(yaml).references().get(0).from();
        assertThat(from.relation()).isEqualTo("sales.2024");
        assertThat(from).hasToString("reporting.public.\"sales.2024\".customer_id");
        assertThat(QualifiedName.parse(from.toString())).isEqualTo(from);
    }

    @Test
    void lintLevelsAreReadWithTheirLinesAndABadLevelIsNamed() throws EstateFormatException {
        String yaml = """
                format: phaseshift/estate@1
                name: shop
                lint:
                  require-concurrent-index: warning
                  missing-rollback: off
                """;
        EstateDefinition estate = read(yaml);
        assertThat(estate.lint()).extracting(LintSetting::rule, LintSetting::level).containsExactly(
                org.assertj.core.groups.Tuple.tuple("require-concurrent-index", "warning"),
                org.assertj.core.groups.Tuple.tuple("missing-rollback", "off"));
        assertThat(estate.lint().get(1).location().line()).isEqualTo(5);
        assertThatThrownBy(() -> read(yaml.replace("off", "loud")))
                .hasMessageStartingWith("phaseshift.yaml:5:")
                .hasMessageContaining("lint level of \"missing-rollback\" must be one of error, warning, info, off");
    }
}
