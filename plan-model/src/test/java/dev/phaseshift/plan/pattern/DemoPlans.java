package dev.phaseshift.plan.pattern;

import dev.phaseshift.plan.ConsumerDeployment;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.schema.Snapshot;

import java.util.List;
import java.util.Map;

/** The example plans the demo estate ships, each produced by a pattern from the demo snapshots. */
final class DemoPlans {
    private DemoPlans() {
    }

    /** {@code demo/plans/rename-phone.plan.yaml}: two services, PostgreSQL and MariaDB. */
    static Plan renamePhone(Map<String, Snapshot> snapshots) {
        return new RenameColumnPattern(List.of(
                new ColumnTarget("customers", "customers", "phone"),
                new ColumnTarget("shipping", "shipping_addresses", "phone")),
                "phone_number",
                List.of(new ConsumerDeployment("customers", "v1", "v2"), new ConsumerDeployment("shipping", "v3", "v4")),
                "rename phone to phone_number").plan(snapshots).plan();
    }

    /** {@code demo/plans/orders-priority.plan.yaml}: a NOT NULL column on the 12-million-row orders table. */
    static Plan ordersPriority(Map<String, Snapshot> snapshots) {
        return new AddNotNullColumnPattern("orders", "orders", "fulfilment_priority", "smallint", "0",
                "add fulfilment_priority to orders").plan(snapshots).plan();
    }

    static Map<String, Plan> all(Map<String, Snapshot> snapshots) {
        return Map.of("rename-phone", renamePhone(snapshots), "orders-priority", ordersPriority(snapshots));
    }
}
