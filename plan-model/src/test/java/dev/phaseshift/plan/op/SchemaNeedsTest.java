package dev.phaseshift.plan.op;

import dev.phaseshift.plan.op.SchemaNeed.Kind;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Each operation says what it needs of the schema it runs on and what it leaves there; a plain SQL file's assumed
 * schema is built from exactly this.
 */
class SchemaNeedsTest {
    @Test
    void operationsNameWhatMustExistAndWhatTheyMake() {
        assertThat(new CreateTable("gifts", List.of(new ColumnSpec("id", "bigint", false, null)), List.of("id"),
                null, null, null, null).schemaNeeds()).containsExactly(SchemaNeed.of(Kind.CREATES, "gifts"));
        assertThat(new RenameTable("orders", "purchases").schemaNeeds()).containsExactly(
                SchemaNeed.of(Kind.TABLE, "orders"), SchemaNeed.of(Kind.RENAMES_TO, "orders", "purchases"));
        assertThat(new AddColumn("orders", new ColumnSpec("note", "text", true, null), "status").schemaNeeds())
                .containsExactly(SchemaNeed.of(Kind.COLUMNS, "orders", "status"),
                        SchemaNeed.of(Kind.ADDS_COLUMNS, "orders", "note"));
        assertThat(new RenameColumn("orders", "note", "remark").schemaNeeds()).containsExactly(
                SchemaNeed.of(Kind.COLUMNS, "orders", "note"), SchemaNeed.of(Kind.ADDS_COLUMNS, "orders", "remark"));
        assertThat(new AddForeignKey("fk", "orders", List.of("customer_id"), "customers", List.of("id"), null)
                .schemaNeeds()).containsExactly(SchemaNeed.of(Kind.COLUMNS, "orders", "customer_id"),
                SchemaNeed.of(Kind.COLUMNS, "customers", "id"), SchemaNeed.of(Kind.KEY, "customers", "id"));
        assertThat(new DropIndex("orders_status_idx", "orders").schemaNeeds())
                .containsExactly(SchemaNeed.of(Kind.INDEX, "orders", "orders_status_idx"));
        // postgresql's DROP INDEX names no table: nothing is known to be needed
        assertThat(new DropIndex("orders_status_idx", null).schemaNeeds()).isEmpty();
        assertThat(new DropConstraint("orders_total_ck", "orders").schemaNeeds())
                .containsExactly(SchemaNeed.of(Kind.CONSTRAINT, "orders", "orders_total_ck"));
        // the rest need the columns they use
        assertThat(new SetNotNull("orders", "status").schemaNeeds())
                .containsExactly(SchemaNeed.of(Kind.COLUMNS, "orders", "status"));
    }
}
