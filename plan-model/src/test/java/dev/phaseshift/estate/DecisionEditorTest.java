package dev.phaseshift.estate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Decisions are written into the estate file's text without disturbing the user's formatting and comments. */
class DecisionEditorTest {
    private static final ReferencePair UUID = ReferencePair.parse(
            "notifications.shop_notifications.messages.customer_uuid -> customers.public.customers.public_id");
    private static final ReferencePair REFUND = ReferencePair.parse(
            "billing.public.refunds.return_id -> orders.public.returns.id");

    private static final String ESTATE = """
            # Our estate. Keep services in alphabetical order!
            format: phaseshift/estate@1
            name:   Acme Shop      # odd spacing, on purpose
            services:
              - {name: billing, engine: postgresql}   # flow style
              - name: customers
                engine: postgresql

            references:
                -   from: billing.public.invoices.customer_id   # deep indent
                    to: customers.public.customers.id
            """;

    private static EstateDefinition read(String text) throws EstateFormatException {
        return EstateFile.read(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)), "test.yaml");
    }

    @Test
    void theFirstDecisionAddsOneBlockAtTheEndAndLeavesEverythingElseAlone() throws EstateFormatException {
        String edited = DecisionEditor.record(ESTATE, ReferenceDecision.accept(UUID), "test.yaml");

        assertThat(edited).startsWith(ESTATE);
        assertThat(edited.substring(ESTATE.length())).isEqualTo("""

                # Decisions on inferred references: accepted ones count as references, rejected ones are
                # not proposed again. Written by Phaseshift; you may edit them.
                decisions:
                  - accept: notifications.shop_notifications.messages.customer_uuid -> customers.public.customers.public_id
                """);
        assertThat(read(edited).decision(UUID)).get().extracting(ReferenceDecision::verdict).isEqualTo(Verdict.ACCEPT);
    }

    @Test
    void changingADecisionRewritesOnlyItsLineAndKeepsItsComment() throws EstateFormatException {
        String text = ESTATE + """
                decisions:
                    - accept: notifications.shop_notifications.messages.customer_uuid -> customers.public.customers.public_id   # checked with Ana
                    - reject: billing.public.refunds.return_id -> orders.public.returns.id
                # trailing comment
                """;
        String edited = DecisionEditor.record(text, ReferenceDecision.reject(UUID), "test.yaml");

        assertThat(edited).isEqualTo(text.replace("    - accept: notifications", "    - reject: notifications"));
        assertThat(read(edited).decision(UUID)).get().extracting(ReferenceDecision::verdict).isEqualTo(Verdict.REJECT);
    }

    @Test
    void aNewDecisionGoesAfterTheLastEntryWithTheBlocksIndentation() throws EstateFormatException {
        String text = """
                format: phaseshift/estate@1
                name: shop
                decisions:
                - reject: billing.public.refunds.return_id -> orders.public.returns.id

                # the end
                """;
        String edited = DecisionEditor.record(text, ReferenceDecision.accept(UUID), "test.yaml");

        assertThat(edited).isEqualTo("""
                format: phaseshift/estate@1
                name: shop
                decisions:
                - reject: billing.public.refunds.return_id -> orders.public.returns.id
                - accept: notifications.shop_notifications.messages.customer_uuid -> customers.public.customers.public_id

                # the end
                """);
        assertThat(read(edited).decisions()).hasSize(2);
    }

    @Test
    void anEmptyFlowListBecomesABlock() throws EstateFormatException {
        String text = "format: phaseshift/estate@1\nname: shop\ndecisions: []   # none yet\nreferences: []\n";
        String edited = DecisionEditor.record(text, ReferenceDecision.accept(REFUND), "test.yaml");

        assertThat(edited).isEqualTo("format: phaseshift/estate@1\nname: shop\ndecisions:   # none yet\n"
                + "  - accept: billing.public.refunds.return_id -> orders.public.returns.id\nreferences: []\n");
    }

    @Test
    void windowsLineEndingsStayWindowsLineEndings() throws EstateFormatException {
        String text = "format: phaseshift/estate@1\r\nname: shop\r\n";
        String edited = DecisionEditor.record(text, ReferenceDecision.reject(REFUND), "test.yaml");

        assertThat(edited).startsWith(text).doesNotContain("\n\n").contains("\r\n  - reject: billing");
        assertThat(edited.replace("\r\n", "")).doesNotContain("\n");
    }

    @Test
    void forgettingADecisionRemovesItsLineOnly() throws EstateFormatException {
        String text = ESTATE + "decisions:\n  - accept: " + UUID + "\n  - reject: " + REFUND + "\n";
        String edited = DecisionEditor.forget(text, UUID, "test.yaml");

        assertThat(edited).isEqualTo(ESTATE + "decisions:\n  - reject: " + REFUND + "\n");
        assertThat(DecisionEditor.forget(edited, UUID, "test.yaml")).isEqualTo(edited);
    }

    @Test
    void namesThatNeedQuotingAreQuoted() throws EstateFormatException {
        ReferencePair odd = new ReferencePair(QualifiedName.column("reporting", "public", "Sales 2024", "customer_id"),
                QualifiedName.column("customers", "public", "customers", "id"));
        String edited = DecisionEditor.record("format: phaseshift/estate@1\nname: shop\n", ReferenceDecision.accept(odd),
                "test.yaml");

        assertThat(edited).contains("  - accept: \"reporting.public.\\\"Sales 2024\\\".customer_id -> customers.public.customers.id\"");
        assertThat(read(edited).decision(odd)).isPresent();
    }

    @Test
    void anInvalidFileIsNotEdited() {
        assertThatThrownBy(() -> DecisionEditor.record("format: phaseshift/estate@1\nname: shop\ncolour: red\n",
                ReferenceDecision.accept(UUID), "test.yaml")).isInstanceOf(EstateFormatException.class)
                .hasMessageContaining("\"colour\"");
    }

    @Test
    void onDiskTheFileIsReplacedWholeAndNoTemporaryFileIsLeft(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("phaseshift.yaml");
        Files.writeString(file, ESTATE);

        DecisionEditor.record(file, ReferenceDecision.accept(UUID));
        DecisionEditor.record(file, ReferenceDecision.reject(REFUND));

        assertThat(EstateLoader.load(file).decisions()).extracting(d -> d.pair().toString() + " " + d.verdict())
                .containsExactly(UUID + " ACCEPT", REFUND + " REJECT");
        try (var files = Files.list(dir)) {
            assertThat(files).containsExactly(file);
        }
    }
}
