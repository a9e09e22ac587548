package dev.phaseshift.lock;

import dev.phaseshift.demo.DemoEstate;
import dev.phaseshift.estate.Estate;
import dev.phaseshift.plan.Plan;
import dev.phaseshift.plan.file.PlanFile;
import dev.phaseshift.plan.sim.Simulation;
import dev.phaseshift.text.JsonText;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The bundled demo plans read as a reviewer sees them: one line per phase, one per step. */
class DemoPlanLocksTest {
    private static final Estate ESTATE = DemoEstate.load();

    private static List<PhaseLocks> analyse(String name) throws Exception {
        String text;
        try (InputStream in = DemoPlanLocksTest.class.getResourceAsStream("/demo/plans/" + name + ".plan.yaml")) {
            if (in == null) {
                throw new IOException("no demo plan " + name);
            }
            text = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Plan plan = PlanFile.read(text, name, false);
        return LockModel.analyse(plan, Simulation.run(plan, ESTATE.snapshots()));
    }

    @Test
    void ordersPriorityBlocksWritesOnlyForMomentsAndScansUnderShareUpdateExclusive() throws Exception {
        List<PhaseLocks> phases = analyse("orders-priority");
        assertThat(phases).extracting(PhaseLocks::summary).containsExactly(
                "phase expand: blocks writes on orders for ~0 s (reads too)",
                "phase migrate: blocks no writes; backfills 12 M rows of orders under ROW EXCLUSIVE; "
                        + "scans 12 M rows of orders under ACCESS SHARE",
                "phase contract: blocks writes on orders for ~0 s (reads too); "
                        + "scans 12 M rows of orders under SHARE UPDATE EXCLUSIVE");
        assertThat(LockReport.text(phases)).contains(
                "  step orders-orders-fulfilment_priority-add (orders): ACCESS EXCLUSIVE on public.orders, "
                        + "metadata only, ~0 s\n",
                "  step orders-orders-fulfilment_priority-backfill (orders): ROW EXCLUSIVE on public.orders, "
                        + "backfills 12 M rows under ROW EXCLUSIVE, ~10 min\n",
                "  step orders-orders-fulfilment_priority-not-null (orders): ACCESS EXCLUSIVE on public.orders, "
                        + "scans 12 M rows under SHARE UPDATE EXCLUSIVE, ~28 s\n");
    }

    @Test
    void renamePhoneSpansPostgresAndMariadbWithoutBlockingWritesForLong() throws Exception {
        List<PhaseLocks> phases = analyse("rename-phone");
        assertThat(phases).extracting(PhaseLocks::summary).containsExactly(
                "phase expand: blocks writes on customers for ~0 s (reads too)",
                "phase migrate: blocks no writes; backfills 2.4 M rows of customers under ROW EXCLUSIVE; "
                        + "scans 2.4 M rows of customers under ACCESS SHARE; backfills 3 M rows of shipping_addresses; "
                        + "scans 3 M rows of shipping_addresses",
                "phase switch: takes no table locks",
                "phase contract: blocks writes on customers for ~0 s (reads too)");
        assertThat(LockReport.text(phases)).contains("  step shipping-shipping_addresses-add-phone_number (shipping): "
                + "ALGORITHM=INSTANT, LOCK=NONE on shop_shipping.shipping_addresses, metadata only, ~0 s\n")
                .doesNotContain("not understood");
    }

    @Test
    void theJsonTreeCarriesEveryStatementWithItsLocks() throws Exception {
        String json = JsonText.write(LockReport.toJson(analyse("orders-priority")));
        assertThat(json).contains("\"summary\": \"phase contract: blocks writes on orders for ~0 s (reads too); "
                        + "scans 12 M rows of orders under SHARE UPDATE EXCLUSIVE\"",
                "\"mode\": \"SHARE UPDATE EXCLUSIVE\"", "\"effect\": \"scan\"", "\"rows\": 12000000",
                "\"public.orders\": 0");
    }
}
