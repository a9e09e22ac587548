package dev.phaseshift.graph;

import dev.phaseshift.estate.Estate;
import dev.phaseshift.estate.EstateDefinition;
import dev.phaseshift.estate.EstateFile;
import dev.phaseshift.estate.EstateFormatException;
import dev.phaseshift.estate.TestSnapshots;
import dev.phaseshift.schema.Snapshot;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Fixture estates for graph tests: the estate file from {@code src/test/resources/graph/}, snapshots from code. */
public final class GraphFixtures {
    private GraphFixtures() {
    }

    public static Estate shop() {
        return estate("graph/shop/phaseshift.yaml", shopSnapshots());
    }

    public static Map<String, Snapshot> shopSnapshots() {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        snapshots.put("customers", TestSnapshots.postgres("customers")
                .table("public", "customers", "id bigint pk", "public_id uuid unique", "email varchar(255)")
                .table("public", "customer_addresses", "id bigint pk", "customer_id bigint", "city varchar(100)")
                .foreignKey("public", "customer_addresses", "customer_id", "customers", "id")
                .build());
        snapshots.put("catalog", TestSnapshots.postgres("catalog")
                .table("public", "products", "id bigint pk", "sku varchar(40) unique", "name varchar(200)")
                .build());
        snapshots.put("orders", TestSnapshots.postgres("orders")
                .table("public", "orders", "id bigint pk", "customer_id bigint index", "total numeric(12,2)",
                        "status varchar(16)")
                .table("public", "order_items", "id bigint pk", "order_id bigint", "product_id bigint index",
                        "sku varchar(40)")
                .foreignKey("public", "order_items", "order_id", "orders", "id")
                .view("public", "order_summaries", List.of("order_id", "customer_id", "total", "status", "line_count"),
                        "orders(id,customer_id,total,status)", "order_items(order_id)")
                .view("public", "open_orders", List.of("order_id", "total"), "order_summaries(order_id,total,status)")
                .build());
        snapshots.put("billing", TestSnapshots.postgres("billing")
                .table("public", "invoices", "id bigint pk", "order_id bigint -- orders.orders.id in shop_orders",
                        "customer_id bigint", "amount_due numeric(12,2)")
                .table("public", "payments", "id bigint pk", "invoice_id bigint", "amount numeric(12,2)")
                .foreignKey("public", "payments", "invoice_id", "invoices", "id")
                .build());
        snapshots.put("shipping", TestSnapshots.mysql("shipping")
                .table("shop_shipping", "shipments", "id bigint unsigned pk", "order_id bigint index",
                        "customer_uuid char(36)", "carrier_ref varchar(64)", "external_id varchar(64)")
                .table("shop_shipping", "carriers", "id bigint unsigned pk", "code varchar(16)")
                .build());
        return snapshots;
    }

    public static Estate cycle() {
        Map<String, Snapshot> snapshots = new LinkedHashMap<>();
        snapshots.put("a", TestSnapshots.postgres("a")
                .table("public", "orders", "id bigint pk", "invoice_id bigint", "note text")
                .table("public", "order_lines", "id bigint pk", "order_id bigint")
                .foreignKey("public", "order_lines", "order_id", "orders", "id")
                .build());
        snapshots.put("b", TestSnapshots.postgres("b")
                .table("public", "invoices", "id bigint pk", "order_id bigint")
                .view("public", "invoice_list", List.of("id", "order_id"), "invoices(id,order_id)")
                .build());
        return estate("graph/cycle/phaseshift.yaml", snapshots);
    }

    /** An estate file from the test class path with snapshots attached. */
    public static Estate estate(String resource, Map<String, Snapshot> snapshots) {
        try (InputStream in = GraphFixtures.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalArgumentException("no test resource " + resource);
            }
            EstateDefinition definition = EstateFile.read(in, resource);
            return new Estate(definition, resource, snapshots, List.of());
        } catch (EstateFormatException e) {
            throw new IllegalStateException(e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
