package dev.phaseshift.snapshot;

import dev.phaseshift.schema.Column;
import dev.phaseshift.schema.ColumnRef;
import dev.phaseshift.schema.Constraint;
import dev.phaseshift.schema.ConstraintKind;
import dev.phaseshift.schema.Engine;
import dev.phaseshift.schema.EnumType;
import dev.phaseshift.schema.ForeignKey;
import dev.phaseshift.schema.Generation;
import dev.phaseshift.schema.IdentityKind;
import dev.phaseshift.schema.Index;
import dev.phaseshift.schema.IndexKey;
import dev.phaseshift.schema.ObjectName;
import dev.phaseshift.schema.Privilege;
import dev.phaseshift.schema.PrivilegeTarget;
import dev.phaseshift.schema.Routine;
import dev.phaseshift.schema.RoutineKind;
import dev.phaseshift.schema.Schema;
import dev.phaseshift.schema.Sequence;
import dev.phaseshift.schema.ServerProduct;
import dev.phaseshift.schema.SkippedObject;
import dev.phaseshift.schema.Snapshot;
import dev.phaseshift.schema.Table;
import dev.phaseshift.schema.TableKind;
import dev.phaseshift.schema.Trigger;
import dev.phaseshift.schema.TriggerEvent;
import dev.phaseshift.schema.TriggerTiming;
import dev.phaseshift.schema.View;
import dev.phaseshift.schema.ViewSource;

import java.util.List;

/** Hand-built snapshots that use every record and every optional part of the model. */
final class SampleSnapshots {
    private SampleSnapshots() {
    }

    /** Deliberately out of canonical order, so writing has something to sort. */
    static Snapshot everything() {
        Table customers = Table.builder("customers").owner("app_owner").comment("People who order")
                .rowEstimate(3L).sizeBytes(65536L)
                .columns(List.of(
                        Column.builder("Display Name", "character varying(80)").ordinal(2)
                                .normalizedType("varchar(80)").collation("C").comment("Ünïcode ✓").build(),
                        Column.builder("id", "bigint").ordinal(1).normalizedType("bigint").notNull()
                                .identity(IdentityKind.ALWAYS).build()))
                .constraints(List.of(Constraint.primaryKey("customers_pkey", List.of("id"))))
                .indexes(List.of(Index.builder("customers_pkey").columns(List.of("id")).unique(true).primary(true)
                        .constraint("customers_pkey").build()))
                .build();
        Table orders = Table.builder("orders")
                .columns(List.of(
                        Column.builder("id", "bigint").ordinal(1).notNull()
                                .defaultExpression("nextval('app.orders_id_seq'::regclass)").build(),
                        Column.builder("customer_id", "bigint").ordinal(2).notNull().build(),
                        Column.builder("gross", "numeric(12,2)").ordinal(3)
                                .generated(Generation.stored("(net + tax)")).build(),
                        Column.builder("updated", "timestamp").ordinal(4).onUpdate("CURRENT_TIMESTAMP").build()))
                .constraints(List.of(
                        Constraint.check("orders_net_check", "(net >= 0)").withValidated(false),
                        new Constraint("orders_excl", ConstraintKind.EXCLUDE, List.of("during"),
                                "EXCLUDE USING gist (during WITH &&)", true, true, true, true, "no overlaps")))
                .foreignKeys(List.of(ForeignKey.builder("orders_customer_fk").columns(List.of("customer_id"))
                        .references("app", "customers", List.of("id")).onDelete("CASCADE").match("FULL")
                        .deferrable(true, true).validated(false).comment("who ordered").build()))
                .indexes(List.of(Index.builder("orders_open_idx")
                        .keyParts(List.of(IndexKey.expression("lower(note)").withDescending(true)
                                        .withNullsFirst(false).withOpclass("text_pattern_ops"),
                                IndexKey.column("sku").withLength(10).withCollation("C")))
                        .predicate("status <> 'cancelled'").include(List.of("status")).valid(false)
                        .nullsNotDistinct(true).visible(false).method("btree").comment("open ones").build()))
                .triggers(List.of(Trigger.builder("orders_touch", TriggerTiming.BEFORE,
                                List.of(TriggerEvent.UPDATE, TriggerEvent.INSERT))
                        .updateColumns(List.of("net", "tax")).condition("pg_trigger_depth() = 0")
                        .function(new ObjectName("app", "touch")).definition("CREATE TRIGGER orders_touch ...")
                        .build(),
                        Trigger.builder("orders_audit", TriggerTiming.AFTER, List.of(TriggerEvent.DELETE))
                                .forEachRow(false).enabled(false).body("BEGIN\n  SET @x = 1;\nEND").actionOrder(2)
                                .build()))
                .build();
        Table partition = Table.builder("events_2024").kind(TableKind.PARTITION)
                .partitionOf(new ObjectName("app", "events"), "FOR VALUES FROM ('2024-01-01') TO ('2025-01-01')")
                .storageEngine("InnoDB").collation("utf8mb4_bin")
                .columns(List.of(Column.builder("id", "bigint").ordinal(1).build())).build();
        Table parent = Table.builder("events").kind(TableKind.PARTITIONED).partitionKey("RANGE (occurred_at)")
                .columns(List.of(Column.builder("id", "bigint").ordinal(1).build())).build();
        View openOrders = View.builder("open_orders").owner("app_owner").comment("not shipped")
                .definition("SELECT o.id FROM app.orders o").checkOption("LOCAL")
                .columns(List.of(Column.builder("id", "bigint").ordinal(1).build()))
                .sources(List.of(ViewSource.of("app", "orders", List.of("status", "id")),
                        ViewSource.of("app", "customers", List.of())))
                .build();
        View revenue = View.builder("daily_revenue").materialized(true).rowEstimate(10L).sizeBytes(8192L)
                .definition("SELECT 1 AS x").indexes(List.of(Index.of("daily_revenue_x_idx", List.of("x"), true)))
                .build();
        Schema app = new Schema("app", "app_owner", "Order handling", null,
                List.of(orders, customers, partition, parent), List.of(openOrders, revenue),
                List.of(Sequence.builder("orders_id_seq").dataType("bigint").start(1L).increment(1L).minValue(1L)
                                .maxValue(Long.MAX_VALUE).cache(1L)
                                .ownedBy(new ColumnRef("app", "orders", "id"), false).build(),
                        Sequence.builder("customers_id_seq").dataType("bigint").cycle(true)
                                .ownedBy(new ColumnRef("app", "customers", "id"), true).build()),
                List.of(EnumType.of("order_status", List.of("new", "paid", "cancelled"))),
                List.of(new Routine("touch", RoutineKind.FUNCTION, "", "trigger", "plpgsql",
                        "CREATE OR REPLACE FUNCTION app.touch()\n RETURNS trigger ...", "keeps updated_at")),
                // listed out of canonical order on purpose
                List.of(new Privilege(PrivilegeTarget.TABLE, "orders", "status", "reader", "SELECT", false, false),
                        new Privilege(PrivilegeTarget.FUNCTION, "touch()", null, Privilege.PUBLIC, "EXECUTE", false,
                                true),
                        new Privilege(PrivilegeTarget.SCHEMA, null, null, "reader", "USAGE", true, false)));
        Schema reporting = new Schema("Reporting Ä", null, null, "utf8mb4_general_ci",
                List.of(Table.builder("Kunden Übersicht").columns(List.of(
                        Column.builder("Name \"Spitz\"", "text").ordinal(1).build())).build()),
                List.of(), List.of(), List.of(), List.of());
        return new Snapshot("orders", Engine.POSTGRESQL, ServerProduct.POSTGRESQL, "15.10", "shop_orders",
                "jdbc:postgresql://db:5432/shop_orders", List.of(
                new SkippedObject("secret", "payroll", "table", "data", "no SELECT privilege for role \"reader\""),
                new SkippedObject("app", "zz", "view", "definition", "hidden")),
                List.of(app, reporting));
    }

    /** The smallest useful snapshot, for the golden file. */
    static Snapshot small() {
        Table t = Table.builder("customers").comment("People")
                .columns(List.of(Column.builder("id", "bigint").ordinal(1).normalizedType("bigint").notNull()
                                .identity(IdentityKind.BY_DEFAULT).build(),
                        Column.builder("email", "text").ordinal(2).normalizedType("text").build()))
                .constraints(List.of(Constraint.primaryKey("customers_pkey", List.of("id"))))
                .indexes(List.of(Index.builder("customers_pkey").columns(List.of("id")).unique(true).primary(true)
                        .constraint("customers_pkey").build()))
                .build();
        return new Snapshot("customers", Engine.POSTGRESQL, ServerProduct.POSTGRESQL, "15.10 (Debian)",
                "shop_customers", "jdbc:postgresql://127.0.0.1:5432/shop_customers", List.of(),
                List.of(new Schema("public", null, null, null, List.of(t), List.of(), List.of(), List.of(), List.of())));
    }
}
