package dev.phaseshift.graph;

import dev.phaseshift.estate.DecisionEditor;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateCheck;
import dev.phaseshift.estate.EstateFile;
import dev.phaseshift.estate.ReferenceDecision;
import dev.phaseshift.estate.ReferencePair;
import dev.phaseshift.estate.TestSnapshots;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The user accepts one inferred reference and rejects another; the decisions are written into the estate file and
 * still hold after the databases are read again and the snapshots differ.
 */
class DecisionsSurviveInspectionTest {
    private static final ReferencePair ACCEPTED = ReferencePair.parse(
            "billing.public.invoices.customer_id -> customers.public.customers.id");
    private static final ReferencePair REJECTED = ReferencePair.parse(
            "shipping.shop_shipping.shipments.order_id -> orders.public.orders.id");
    private static final String ACCEPTED_FROM = "column:billing.public.invoices.customer_id";
    private static final String REJECTED_FROM = "column:shipping.shop_shipping.shipments.order_id";

    @Test
    void acceptedAndRejectedProposalsStayDecidedAfterReinspection(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phaseshift.yaml");
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("graph/shop/phaseshift.yaml")) {
            Files.copy(in, file);
        }
        EstateGraph before = graph(file, GraphFixtures.shopSnapshots());
        assertThat(before.proposals()).extracting(Dependency::from).contains(ACCEPTED_FROM, REJECTED_FROM);

        DecisionEditor.record(file, ReferenceDecision.accept(ACCEPTED));
        DecisionEditor.record(file, ReferenceDecision.reject(REJECTED));

        EstateGraph decided = graph(file, GraphFixtures.shopSnapshots());
        assertDecided(decided, file);

        // read the databases again: shipments gained columns and changed order, the customer id became an int
        // and every column moved; the decisions are keyed by names, so they still apply
        Map<String, Snapshot> reinspected = new LinkedHashMap<>(GraphFixtures.shopSnapshots());
        reinspected.put("billing", TestSnapshots.postgres("billing")
                .table("public", "invoices", "id bigint pk", "number varchar(20)", "customer_id integer",
                        "order_id bigint", "amount_due numeric(12,2)")
                .build());
        reinspected.put("shipping", TestSnapshots.mysql("shipping")
                .table("shop_shipping", "carriers", "id bigint unsigned pk", "code varchar(16)")
                .table("shop_shipping", "shipments", "id bigint unsigned pk", "tracking_number varchar(64)",
                        "order_id bigint index", "customer_uuid char(36)")
                .build());
        EstateGraph after = graph(file, reinspected);
        assertDecided(after, file);
        assertThat(after.problems()).isEmpty();

        // a column that disappears takes its accepted edge with it, and the decision is kept as a warning
        Map<String, Snapshot> without = new LinkedHashMap<>(reinspected);
        without.put("billing", TestSnapshots.postgres("billing")
                .table("public", "invoices", "id bigint pk", "order_id bigint").build());
        EstateGraph gone = graph(file, without);
        assertThat(gone.node(ACCEPTED_FROM)).isEmpty();
        assertThat(gone.problems()).singleElement().satisfies(p -> {
            assertThat(p.code()).isEqualTo(EstateCheck.STALE_DECISION);
            assertThat(p.isError()).isFalse();
        });
        assertThat(Files.readString(file)).contains("  - accept: " + ACCEPTED, "  - reject: " + REJECTED);
        // and when it comes back, so does the edge
        assertDecided(graph(file, reinspected), file);
    }

    private static void assertDecided(EstateGraph graph, Path file) {
        assertThat(graph.dependenciesOf(REJECTED_FROM)).isEmpty();
        assertThat(graph.proposals()).extracting(Dependency::from).doesNotContain(ACCEPTED_FROM, REJECTED_FROM);
        assertThat(graph.dependenciesOf(ACCEPTED_FROM)).singleElement().satisfies(d -> {
            assertThat(d.kind()).isEqualTo(DependencyKind.INFERRED_REFERENCE);
            assertThat(d.proposed()).isFalse();
            assertThat(d.to()).isEqualTo("column:customers.public.customers.id");
            assertThat(d.evidence()).startsWith("accepted at " + file + ":");
            assertThat(d.location().file()).isEqualTo(file.toString());
        });
    }

    private static EstateGraph graph(Path file, Map<String, Snapshot> snapshots) throws Exception {
        try (InputStream in = Files.newInputStream(file)) {
            return EstateGraph.of(new Estate(EstateFile.read(in, file.toString()), file.toString(), snapshots,
                    List.of()));
        }
    }
}
