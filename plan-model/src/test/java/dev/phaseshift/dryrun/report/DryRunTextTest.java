package dev.phaseshift.dryrun.report;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** What {@code phaseshift dry-run} prints on a terminal. */
class DryRunTextTest {
    @Test
    void aFailedRunShowsEachStepItsEvidenceAndWhyItFailed() {
        assertThat(DryRunText.write(ReportFixtures.failed())).isEqualTo("""
                dry-run of plan "rename-phone" (plans/rename-phone.plan.yaml) on shadow databases, started \
                2026-01-31T09:15:00Z, 4.3 s
                shadow customers: phaseshift_shadow_customers_0lz8k2m1aabcd on jdbc:postgresql://127.0.0.1:5432/postgres \
                (postgresql 15.4), up to 1000 sampled rows per table: 3 tables, 1,200 rows, dropped
                shadow shipping: phaseshift_shadow_shipping_0lz8k2m1azxyw on jdbc:mariadb://127.0.0.1:3306/ \
                (mariadb 10.11.6), up to 1000 sampled rows per table: 2 tables, 800 rows, dropped
                phase expand: 2 ok, 0 failed, 244 ms; rollback FAILED (rollback not exact); idempotence passed \
                (same schemas after re-applying)
                  ok      add-phone-number (customers) add_column, 14 ms; locks: AccessExclusiveLock on \
                public.customers 3 ms; predicted: ACCESS EXCLUSIVE on public.customers (blocks writes)
                  ok      index-phone-number (customers) create_index, 230 ms; locks: ShareUpdateExclusiveLock on \
                public.customers 228 ms
                  rollback: customers: index "customers_phone_number_idx" left
                phase migrate: 1 ok, 0 failed, 80 ms; rollback passed (rollback exact); idempotence skipped \
                (backfills are not re-run)
                  gate held on customers: SELECT count(*) = 0 FROM customers WHERE phone_number IS NULL AND phone IS \
                NOT NULL
                  ok      copy-phone (customers) backfill, 80 ms, 1,200 rows
                phase switch: 0 ok, 1 failed, 1 not run, 35 ms; rollback skipped (a step failed); idempotence \
                skipped (a step failed)
                  FAILED  rename-shipping-phone (shipping) rename_column, 35 ms; locks: SHARED_UPGRADABLE on \
                shop_shipping.shipping_addresses 20 ms, write blocked on shop_shipping.shipping_addresses 6 ms \
                (waited)
                          error: Trigger already exists
                          sql: CREATE TRIGGER shipping_addresses_phone_sync BEFORE INSERT ...
                          left: shipping_addresses: column "phone_number" added
                  not run drop-shipping-phone (shipping) drop_column
                backfill customers: 1,200 rows in 80 ms on the shadow → ~2.3 min for 2,100,000 rows in production
                lint: 0 errors, 1 warning (see phaseshift lint)
                compatibility break: billing v1 after phase switch: billing v1 reads \
                customers.public.customers.phone, renamed in phase switch
                warning: statement timeout of 5 s reached while loading "shipping" rows; 800 of 1000 loaded \
                [statement-timeout]
                dry-run FAILED: 1 step failed, rollback of phase expand not exact, 1 consumer break
                """);
    }

    @Test
    void aSimulatedRunSaysSoInCapitalsAndShowsNoTimings() {
        assertThat(DryRunText.write(ReportFixtures.simulated())).isEqualTo("""
                dry-run of plan "orders-priority" (orders-priority.plan.yaml)
                SIMULATED: nothing ran; the model simulation, lint and the compatibility matrix only
                phase expand: 1 ok, 0 failed; rollback skipped (not checked); idempotence skipped (not checked)
                  ok      add-priority (orders) add_column
                lint: no findings
                compatibility: no break for 1 consumer version
                dry-run passed (simulated: nothing ran)
                """);
    }

    @Test
    void theVerdictNamesEveryReason() {
        PhaseRun notIdempotent = new PhaseRun("contract", "contract",
                List.of(new VerificationRun("orders", "SELECT false", false, null)), List.of(),
                Check.passed("rollback exact"), Check.failed("step \"drop-x\" failed on the second run", List.of()));
        DryRunReport report = new DryRunReport("p", null, RunKind.SHADOW, null, 0, List.of(), List.of(notIdempotent),
                Check.failed("not exact", List.of("orders: column \"note\" missing")), List.of(), List.of(),
                List.of(dev.phaseshift.estate.Problem.error("shadow-not-dropped", "shadow not dropped", null, null)));
        assertThat(DryRunText.verdict(report)).isEqualTo("dry-run FAILED: 1 verification of phase contract did not "
                + "hold, phase contract not idempotent, rollback of the whole plan not exact, 1 error");
        assertThat(DryRunText.write(report)).contains("whole plan rolled back: FAILED (not exact)\n"
                + "  orders: column \"note\" missing\n");
    }

    @Test
    void aBackfillWithoutAProductionEstimateSaysSo() {
        assertThat(DryRunText.backfill(new BackfillEstimate("orders", 500, 20, null, null)))
                .isEqualTo("backfill orders: 500 rows in 20 ms on the shadow; no production row estimate to "
                        + "extrapolate to");
        assertThat(DryRunText.backfill(new BackfillEstimate("orders", 500, 20, 90_000_000L, 12_600_000L)))
                .isEqualTo("backfill orders: 500 rows in 20 ms on the shadow → ~3.5 h for 90,000,000 rows in "
                        + "production");
    }
}
