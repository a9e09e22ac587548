package dev.phaseshift.plan.op;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Problem;
import dev.phaseshift.schema.Snapshot;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What each operation says when it does not fit the schema; messages are lower case with quoted names. */
class OperationValidationTest {
    private final Snapshot orders = DemoEstate.load().snapshot("orders").orElseThrow();
    private final Snapshot shipping = DemoEstate.load().snapshot("shipping").orElseThrow();

    private static List<String> messages(List<Problem> problems) {
        return problems.stream().map(p -> p.severity().word() + " " + p.code() + ": " + p.message()).toList();
    }

    @Test
    void unknownNamesAreErrors() {
        assertThat(messages(new DropColumn("orders", "totl").validate(orders))).containsExactly(
                "error unknown-column: column \"totl\" does not exist on table \"orders\"");
        assertThat(messages(new AddColumn("order", ColumnSpec.of("x", "int")).validate(orders))).containsExactly(
                "error unknown-table: table \"order\" does not exist");
        assertThat(messages(new DropIndex("nope", "orders").validate(orders))).containsExactly(
                "error unknown-index: index \"nope\" does not exist on table \"orders\"");
        assertThat(messages(new DropConstraint("nope", "orders").validate(orders))).containsExactly(
                "error unknown-constraint: constraint \"nope\" does not exist on table \"orders\"");
        assertThat(messages(new DropView("nope").validate(orders))).containsExactly(
                "error unknown-view: view \"nope\" does not exist");
        assertThat(messages(new DropTrigger("nope", "orders").validate(orders))).containsExactly(
                "error unknown-trigger: trigger \"nope\" does not exist on table \"orders\"");
    }

    @Test
    void duplicatesAreErrors() {
        assertThat(messages(new AddColumn("orders", ColumnSpec.of("total", "int")).validate(orders))).containsExactly(
                "error duplicate-column: column \"total\" already exists on table \"orders\"");
        assertThat(messages(new CreateTable("orders", List.of(ColumnSpec.of("id", "int")), List.of()).validate(orders)))
                .containsExactly("error duplicate-table: table \"orders\" already exists");
        assertThat(messages(new CreateIndex("orders_pk", "orders", List.of("id"), null, null).validate(orders)))
                .containsExactly("error duplicate-index: index \"orders_pk\" already exists on table \"orders\"");
        assertThat(messages(new RenameTable("orders", "returns").validate(orders))).containsExactly(
                "error duplicate-table: table \"returns\" already exists");
    }

    @Test
    void typeChangesThatLoseDataAreErrorsAndUnknownOnesWarnings() {
        assertThat(messages(new AlterColumnType("orders", "total", "numeric(10,2)", null).validate(orders)))
                .containsExactly("error lossy-type-change: changing column \"total\" of table \"orders\" from "
                        + "\"numeric(12,2)\" to \"numeric(10,2)\" can lose data");
        assertThat(new AlterColumnType("orders", "total", "numeric(14,2)", null).validate(orders)).isEmpty();
        assertThat(new AlterColumnType("orders", "order_number", "text", null).validate(orders)).isEmpty();
        assertThat(messages(new AlterColumnType("orders", "order_number", "varchar(10)", null).validate(orders)))
                .singleElement().asString().startsWith("error lossy-type-change");
        assertThat(messages(new AlterColumnType("orders", "placed_at", "date", null).validate(orders)))
                .singleElement().asString().startsWith("warning unchecked-type-change");
    }

    @Test
    void unsafeShapesAreRefusedWithAWayOut() {
        List<Problem> notNull = new AddColumn("orders", new ColumnSpec("p", "int", false, null)).validate(orders);
        assertThat(notNull).singleElement().extracting(Problem::code).isEqualTo("not-null-without-default");
        assertThat(notNull.get(0).help()).contains("set_not_null");
        assertThat(messages(new DropColumn("orders", "order_number").validate(orders))).containsExactly(
                "error column-in-use: column \"order_number\" of table \"orders\" is used by constraint \"orders_number_uq\"");
        assertThat(messages(new DropTable("orders").validate(orders))).first().asString()
                .startsWith("error table-in-use: table \"orders\" is referenced by foreign key");
        assertThat(messages(new DropConstraint("orders_pk", "orders").validate(orders))).singleElement().asString()
                .startsWith("error unsupported-constraint");
        assertThat(messages(new CreateTrigger("t", "carriers", "before", List.of("insert", "update"), "SET NEW.a = 1;")
                .validate(shipping))).containsExactly("error one-event-per-trigger: trigger \"t\" fires on several "
                + "events, which mysql does not allow");
        assertThat(messages(new AddColumn("orders", ColumnSpec.of("x", "int"), "id").validate(orders)))
                .singleElement().asString().startsWith("error column-position");
        assertThat(messages(new Backfill("orders", "a = 1", null, 0, null).validate(orders))).singleElement()
                .asString().startsWith("error bad-batch");
        assertThat(messages(new Sql("UPDATE x SET a = 1", null).validate(orders))).containsExactly(
                "warning irreversible-sql: sql step has no \"down\", so it cannot be rolled back");
    }

    @Test
    void columnsViewsReadAreProtected() {
        Snapshot inventory = DemoEstate.load().snapshot("inventory").orElseThrow();
        var reading = inventory.schemas().get(0).views().stream()
                .flatMap(v -> v.sources().stream().filter(src -> !src.columns().isEmpty()
                        && inventory.table(src.schema(), src.name()).isPresent())).findFirst().orElseThrow();
        String column = reading.columns().get(0);
        assertThat(messages(new RenameColumn(reading.name(), column, "renamed").validate(inventory)))
                .singleElement().asString().startsWith("error view-would-break: renaming column \"" + column + "\"");
        assertThat(messages(new DropColumn(reading.name(), column).validate(inventory))).singleElement().asString()
                .startsWith("error column-in-use");
    }

    @Test
    void foreignKeysNeedAKeyedParent() {
        assertThat(messages(new AddForeignKey("fk", "order_items", List.of("sku"), "orders", List.of("channel"), null)
                .validate(orders))).singleElement().asString().startsWith("error no-parent-key: table \"orders\"");
    }
}
