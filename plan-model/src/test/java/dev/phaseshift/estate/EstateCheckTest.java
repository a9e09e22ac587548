package dev.phaseshift.estate;

import dev.phaseshift.graph.EstateGraph;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Names in references, contracts and decisions are checked against the snapshots; mistakes are problems, not crashes. */
class EstateCheckTest {
    private static final Map<String, Snapshot> SNAPSHOTS = Map.of(
            "orders", TestSnapshots.postgres("orders")
                    .table("public", "orders", "id bigint pk", "customer_id bigint", "total numeric(12,2)")
                    .view("public", "open_orders", List.of("order_id", "total"), "orders(id,total)")
                    .build(),
            "customers", TestSnapshots.postgres("customers")
                    .table("public", "customers", "id bigint pk", "email text")
                    .build());

    private static final String SERVICES = """
            format: phaseshift/estate@1
            name: shop
            services:
              - name: orders
                engine: postgresql
              - name: customers
                engine: postgresql
              - name: billing
                engine: postgresql
            """;

    private static List<Problem> problems(String more) throws EstateFormatException {
        EstateDefinition definition = EstateFile.read(new ByteArrayInputStream((SERVICES + more)
                .getBytes(StandardCharsets.UTF_8)), "phaseshift.yaml");
        return EstateCheck.check(definition, SNAPSHOTS);
    }

    @Test
    void correctNamesGiveNoProblems() throws EstateFormatException {
        assertThat(problems("""
                references:
                  - from: orders.public.orders.customer_id
                    to: customers.public.customers.id
                consumers:
                  - service: billing
                    version: v1
                    reads:
                      - table: orders.public.open_orders
                        columns: [order_id, total]
                        via: api-view
                """)).isEmpty();
    }

    @Test
    void anUnknownServiceInAReferenceNamesFileLineAndTheName() throws EstateFormatException {
        List<Problem> problems = problems("""
                references:
                  - from: ordrs.public.orders.customer_id
                    to: customers.public.customers.id
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(EstateCheck.UNKNOWN_SERVICE);
            assertThat(p.isError()).isTrue();
            assertThat(p.location()).hasToString("phaseshift.yaml:11:11");
            assertThat(p.message()).isEqualTo("unknown service \"ordrs\" in reference "
                    + "\"ordrs.public.orders.customer_id -> customers.public.customers.id\"");
            assertThat(p.help()).isEqualTo("did you mean \"orders\"?");
        });
    }

    @Test
    void anUnknownTableAndAnUnknownColumnInAContractPointAtTheirNames() throws EstateFormatException {
        List<Problem> problems = problems("""
                consumers:
                  - service: billing
                    version: v1
                    reads:
                      - table: orders.public.order
                        via: replica
                      - table: orders.public.orders
                        columns: [id, totl]
                        via: replica
                """);
        assertThat(problems).hasSize(2);
        assertThat(problems.get(0).code()).isEqualTo(EstateCheck.UNKNOWN_TABLE);
        assertThat(problems.get(0).message()).isEqualTo("unknown table \"orders.public.order\" in consumer contract \"billing v1\"");
        assertThat(problems.get(0).location()).hasToString("phaseshift.yaml:14:16");
        assertThat(problems.get(0).help()).isEqualTo("did you mean \"orders\"?");
        assertThat(problems.get(1).code()).isEqualTo(EstateCheck.UNKNOWN_COLUMN);
        assertThat(problems.get(1).message()).isEqualTo("unknown column \"totl\" of \"orders.public.orders\" in consumer "
                + "contract \"billing v1\"");
        assertThat(problems.get(1).location()).hasToString("phaseshift.yaml:17:23");
        assertThat(problems.get(1).toString()).isEqualTo("phaseshift.yaml:17:23: error: unknown column \"totl\" of "
                + "\"orders.public.orders\" in consumer contract \"billing v1\" [unknown-column]; did you mean \"total\"?");
    }

    @Test
    void anUnknownConsumerServiceAndSchemaAreProblems() throws EstateFormatException {
        List<Problem> problems = problems("""
                consumers:
                  - service: reporting
                    version: v1
                    reads:
                      - table: orders.sales.orders
                        via: replica
                """);
        assertThat(problems).extracting(Problem::code)
                .containsExactly(EstateCheck.UNKNOWN_SERVICE, EstateCheck.UNKNOWN_SCHEMA);
        assertThat(problems.get(1).help()).isEqualTo("service \"orders\" has schemas \"public\"");
    }

    @Test
    void namesInAServiceWithoutSnapshotAreNotCheckedBeyondTheService() throws EstateFormatException {
        assertThat(problems("""
                references:
                  - from: billing.public.invoices.order_id
                    to: orders.public.orders.id
                """)).isEmpty();
    }

    @Test
    void aDecisionAboutAColumnThatIsGoneIsAWarningNotAnError() throws EstateFormatException {
        List<Problem> problems = problems("""
                decisions:
                  - reject: orders.public.orders.legacy_customer_id -> customers.public.customers.id
                """);
        assertThat(problems).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(EstateCheck.STALE_DECISION);
            assertThat(p.isError()).isFalse();
            assertThat(p.location()).hasToString("phaseshift.yaml:11:13");
        });
    }

    @Test
    void loadingAnEstateWithBadNamesGivesProblemsAndAGraphWithoutThem(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phaseshift.yaml");
        Files.writeString(file, SERVICES + """
                references:
                  - from: orders.public.orders.customer_id
                    to: customers.public.customers.ident
                """);
        Estate loaded = EstateLoader.load(file);
        // no snapshot files: the names cannot be checked yet, and the graph shows them as placeholders
        assertThat(loaded.problems()).isEmpty();
        assertThat(EstateGraph.of(loaded).node("column:customers.public.customers.ident")).get()
                .satisfies(n -> assertThat(n.attribute("placeholder")).isEqualTo("true"));

        Estate inspected = loaded.withSnapshots(SNAPSHOTS);
        assertThat(inspected.problems()).singleElement().satisfies(p -> {
            assertThat(p.location()).hasToString(file + ":12:9");
            assertThat(p.message()).contains("\"ident\"");
        });
        EstateGraph graph = EstateGraph.of(inspected);
        assertThat(graph.problems()).hasSize(1);
        assertThat(graph.node("column:customers.public.customers.ident")).isEmpty();
        assertThat(graph.dependenciesOf("column:orders.public.orders.customer_id"))
                .noneMatch(d -> d.to().endsWith(".ident"));
    }

    @Test
    void aReferenceDeclaredTwiceIsAWarning() throws EstateFormatException {
        List<Problem> problems = problems("""
                references:
                  - from: orders.public.orders.customer_id
                    to: customers.public.customers.id
                  - from: orders.public.orders.customer_id
                    to: customers.public.customers.id
                """);
        assertThat(problems).singleElement().extracting(Problem::code).isEqualTo(EstateCheck.DUPLICATE_REFERENCE);
    }
}
