package dev.phaseshift.dryrun;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The lines a rollback check shows for schema differences, and what it does not count as one. */
class SchemaComparisonTest {
    private static final Column ID = Column.builder("id", "bigint").nullable(false).ordinal(1).build();
    private static final Column STATUS = Column.builder("status", "varchar(20)")
            .defaultExpression("'new'::character varying")
            .ordinal(2).build();
    private static final Column PHONE = Column.builder("phone", "varchar(32)").ordinal(3).build();

    @Test
    void aColumnTooManyOrTooFewIsOneLineNamingServiceSchemaTableAndColumn() {
        Snapshot expected = snapshot(ID, STATUS);
        Snapshot actual = snapshot(ID, STATUS, PHONE);

        assertThat(SchemaComparison.differences("customers", expected, actual))
                .containsExactly("customers.public.customers: column \"phone\" present, expected absent");
        assertThat(SchemaComparison.differences("customers", actual, expected))
                .containsExactly("customers.public.customers: column \"phone\" absent, expected present");
    }

    @Test
    void typeNullabilityAndDefaultChangesAreNamedWithBothValues() {
        Snapshot expected = snapshot(ID, STATUS);
        Snapshot actual = snapshot(ID, STATUS.withType("text", null).withNullable(false).withDefaultExpression(null));

        assertThat(SchemaComparison.differences("orders", expected, actual)).containsExactly(
                "orders.public.customers: column \"status\" type text, expected varchar(20)",
                "orders.public.customers: column \"status\" not null, expected nullable",
                "orders.public.customers: column \"status\" default none, expected 'new'");
    }

    @Test
    void spellingsTheServerPrintsDifferentlyAreNotDifferences() {
        Snapshot expected = snapshot(ID, STATUS);
        Snapshot actual = snapshot(ID, STATUS.withType("character varying(20)", null).withDefaultExpression("'new'"));

        assertThat(SchemaComparison.differences("orders", expected, actual)).isEmpty();
    }

    @Test
    void aColumnReAddedAtTheEndIsAnOrderNoteNotADifference() {
        Snapshot expected = snapshot(ID, PHONE.withOrdinal(2), STATUS.withOrdinal(3));
        Snapshot actual = snapshot(ID, STATUS.withOrdinal(2), PHONE.withOrdinal(4));

        assertThat(SchemaComparison.differences("customers", expected, actual)).isEmpty();
        assertThat(SchemaComparison.columnOrderChanges("customers", expected, actual)).containsExactly(
                "customers.public.customers: column order id, status, phone; expected id, phone, status");
    }

    @Test
    void aMissingTableIsOneLine() {
        Snapshot expected = snapshot(ID);
        Snapshot actual = new Snapshot("customers", Engine.POSTGRESQL, null, null, null, null, List.of(),
                List.of(new Schema("public", null, null, null, List.of(), List.of(), List.of(), List.of(), List.of())));

        assertThat(SchemaComparison.differences("customers", expected, actual))
                .containsExactly("customers.public: table \"customers\" absent, expected present");
    }

    private static Snapshot snapshot(Column... columns) {
        Table table = Table.builder("customers").columns(List.of(columns)).build();
        return new Snapshot("customers", Engine.POSTGRESQL, null, null, null, null, List.of(),
                List.of(new Schema("public", null, null, null, List.of(table), List.of(), List.of(), List.of(),
                        List.of())));
    }
}
