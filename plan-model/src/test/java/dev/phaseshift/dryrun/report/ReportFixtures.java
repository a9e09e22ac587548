package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.estate.SourceLocation;
import dev.phaseshift.lint.Finding;

import java.time.Instant;
import java.util.List;

/** Hand-built dry-run reports with every part filled in, for the writers' tests. */
final class ReportFixtures {
    static final Instant STARTED = Instant.parse("2026-01-31T09:15:00Z");

    private ReportFixtures() {
    }

    /**
     * Rename of customers.phone: expand passes on PostgreSQL, migrate backfills, switch fails on MariaDB leaving a
     * column behind, and the expand rollback is not exact.
     */
    static DryRunReport failed() {
        StepRun addColumn = new StepRun("add-phone-number", "customers", "add_column", StepStatus.OK, 120, 14, null,
                List.of(new StatementRun("ALTER TABLE public.customers ADD COLUMN phone_number varchar(32)",
                        "transactional", 120, 14, 0L, null)),
                List.of(new ObservedLock("public.customers", "AccessExclusiveLock", true, 121, 124, true,
                        "pg_locks")),
                new Prediction(List.of("ACCESS EXCLUSIVE on public.customers"), true, "metadata only", "~0 s"),
                null, null, null, null);
        StepRun index = new StepRun("index-phone-number", "customers", "create_index", StepStatus.OK, 140, 230,
                null, List.of(new StatementRun("CREATE INDEX CONCURRENTLY customers_phone_number_idx ON "
                        + "public.customers (phone_number)", "outside transaction", 140, 230, null, null)),
                List.of(new ObservedLock("public.customers", "ShareUpdateExclusiveLock", true, 141, 369, false,
                        "pg_locks")),
                null, null, null, null, null);
        StepRun backfill = new StepRun("copy-phone", "customers", "backfill", StepStatus.OK, 400, 80, 1200L,
                List.of(new StatementRun("UPDATE public.customers SET phone_number = phone WHERE ...",
                        "transactional", 400, 80, 1200L, null)),
                List.of(), null, null, null, null,
                new BackfillEstimate("customers", 1200, 80, 2_100_000L, 140_000L));
        StepRun rename = new StepRun("rename-shipping-phone", "shipping", "rename_column", StepStatus.FAILED, 500,
                35, null,
                List.of(new StatementRun("ALTER TABLE shipping_addresses ADD COLUMN phone_number varchar(32)",
                                "transactional", 500, 20, 0L, null),
                        new StatementRun("CREATE TRIGGER shipping_addresses_phone_sync BEFORE INSERT ...",
                                "transactional", 520, 15, null, "Trigger already exists")),
                List.of(new ObservedLock("shop_shipping.shipping_addresses", "SHARED_UPGRADABLE", true, 500, 520,
                        false, "metadata_locks"),
                        new ObservedLock("shop_shipping.shipping_addresses", "write blocked", false, 505, 511, true,
                                "write probe")),
                null, "Trigger already exists", "CREATE TRIGGER shipping_addresses_phone_sync BEFORE INSERT ...",
                List.of("shipping_addresses: column \"phone_number\" added"), null);
        StepRun notRun = new StepRun("drop-shipping-phone", "shipping", "drop_column", StepStatus.NOT_RUN, 0, 0,
                null, null, null, null, null, null, null, null);
        PhaseRun expand = new PhaseRun("expand", "expand", List.of(), List.of(addColumn, index),
                Check.failed("rollback not exact", List.of("customers: index \"customers_phone_number_idx\" left")),
                Check.passed("same schemas after re-applying"));
        PhaseRun migrate = new PhaseRun("migrate", "migrate",
                List.of(new VerificationRun("customers", "SELECT count(*) = 0 FROM customers WHERE phone_number "
                        + "IS NULL AND phone IS NOT NULL", true, null)),
                List.of(backfill), Check.passed("rollback exact"), Check.skipped("backfills are not re-run"));
        PhaseRun switchPhase = new PhaseRun("switch", "switch", List.of(), List.of(rename, notRun),
                Check.skipped("a step failed"), Check.skipped("a step failed"));
        List<ServiceShadow> services = List.of(
                new ServiceShadow("customers", "postgresql", "15.4", "phaseshift_shadow_customers_0lz8k2m1aabcd",
                        "jdbc:postgresql://127.0.0.1:5432/postgres", DataLoad.sample(1000), 3, 1200, true, null),
                new ServiceShadow("shipping", "mariadb", "10.11.6", "phaseshift_shadow_shipping_0lz8k2m1azxyw",
                        "jdbc:mariadb://127.0.0.1:3306/", DataLoad.sample(1000), 2, 800, true, null));
        List<Finding> findings = List.of(new Finding("prefer-bigint-timestamptz-text", "PS111", Severity.WARNING,
                "column \"phone_number\" is varchar(32)", "use text", SourceLocation.of("rename.plan.yaml", 9, 7),
                "add-phone-number", "customers", "public.customers"));
        List<CompatibilityCell> matrix = List.of(
                new CompatibilityCell("billing", "v1", "before", true, true, null),
                new CompatibilityCell("billing", "v1", "expand", true, true, null),
                new CompatibilityCell("billing", "v1", "switch", true, false,
                        "billing v1 reads customers.public.customers.phone, renamed in phase switch"));
        List<Problem> problems = List.of(Problem.warning("statement-timeout",
                "statement timeout of 5 s reached while loading \"shipping\" rows; 800 of 1000 loaded", null, null));
        return new DryRunReport("rename-phone", "plans/rename-phone.plan.yaml", RunKind.SHADOW, STARTED, 4321,
                services, List.of(expand, migrate, switchPhase), Check.skipped("a step failed"), findings, matrix,
                problems);
    }

    /** A simulated run of a one-step plan that passes. */
    static DryRunReport simulated() {
        StepRun step = new StepRun("add-priority", "orders", "add_column", StepStatus.OK, 0, 0, null, null, null,
                null, null, null, null, null);
        return new DryRunReport("orders-priority", "orders-priority.plan.yaml", RunKind.SIMULATED, STARTED, 12,
                List.of(), List.of(new PhaseRun("expand", "expand", null, List.of(step), null, null)), null,
                List.of(), List.of(new CompatibilityCell("billing", "v1", "expand", true, true, null)), List.of());
    }
}
