package dev.phaseshift.dryrun.report;

import dev.phaseshift.estate.Problem;
import dev.phaseshift.estate.Severity;
import dev.phaseshift.lint.Finding;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Hand-built dry-run reports that look like real runs, for the writers' tests and for looking at their output: the
 * demo plan rename-phone rehearsed on PostgreSQL (customers) and MariaDB (shipping), passing or with a failure,
 * and a large synthetic one for the timeline.
 */
public final class SampleReports {
    public static final Instant STARTED = Instant.parse("2026-11-20T14:03:12.408Z");
    private static final String PG = "jdbc:postgresql://127.0.0.1:5432/postgres";
    private static final String MARIADB = "jdbc:mariadb://127.0.0.1:3306/";

    private SampleReports() {
    }

    /**
     * Writes a sample as HTML, to look at it: {@code passing|failing|simulated|many} and the output file. Run from
     * plan-model after test-compile with {@code java -cp target/classes:target/test-classes
     * dev.phaseshift.dryrun.report.SampleReports passing /tmp/report.html}.
     */
    public static void main(String[] args) throws java.io.IOException {
        DryRunReport report = switch (args[0]) {
            case "failing" -> renamePhoneWithFailure();
            case "simulated" -> renamePhoneSimulated();
            case "many" -> manySteps(200);
            default -> renamePhone();
        };
        java.nio.file.Files.writeString(java.nio.file.Path.of(args[1]), DryRunHtml.write(report));
    }

    /** The demo plan rename-phone rehearsed with sampled rows: every step ran, every check passed. */
    public static DryRunReport renamePhone() {
        return report(contract(false), List.of(), Check.passed("the schemas after rolling every phase back equal "
                + "the ones first loaded (column order aside)"));
    }

    /**
     * The same run where dropping shipping's "phone" timed out on a lock: the step failed, MariaDB had already
     * committed the trigger drops, and the last step did not run.
     */
    public static DryRunReport renamePhoneWithFailure() {
        return report(contract(true), List.of(Problem.error("step-failed", "step "
                        + "\"shipping-shipping_addresses-drop-phone\" (shipping) failed: lock wait timeout exceeded",
                "find the transaction holding \"shipping_addresses\" and retry outside peak hours", null)),
                Check.skipped("not checked: a step failed"));
    }

    private static DryRunReport report(PhaseRun contract, List<Problem> more, Check reversible) {
        List<Problem> problems = new ArrayList<>(List.of(Problem.warning("sample-truncated",
                "table \"public.customer_notes\" of \"customers\" has about 2400000 rows; copied the first 1000 by "
                        + "primary key", "use --synthesize to load more rows", null)));
        problems.addAll(more);
        return new DryRunReport("rename phone to phone_number", "plans/rename-phone.plan.yaml", RunKind.SHADOW,
                STARTED, 19_842, services(), List.of(expand(), migrate(), switchPhase(), contract), reversible,
                findings(), compatibility(), problems);
    }

    /** A simulated run of the same plan (nothing ran): no shadows, no timings. */
    public static DryRunReport renamePhoneSimulated() {
        List<PhaseRun> phases = new ArrayList<>();
        for (PhaseRun p : List.of(expand(), migrate(), switchPhase(), contract(false))) {
            phases.add(new PhaseRun(p.phaseId(), p.kind(), List.of(), p.steps().stream().map(s -> new StepRun(
                    s.stepId(), s.service(), s.operation(), StepStatus.OK, 0, 0, null, List.of(), List.of(), null,
                    null, null, null, null)).toList(), Check.passed("rolling the phase back on the model gives the "
                    + "schemas before it"), Check.skipped("a simulated run cannot re-run SQL")));
        }
        return new DryRunReport("rename phone to phone_number", "plans/rename-phone.plan.yaml", RunKind.SIMULATED,
                STARTED, 41, List.of(), phases, Check.passed("rolling the whole plan back on the model gives the "
                + "schemas it started from"), findings(), compatibility(), List.of());
    }

    /** {@code steps} steps over four services and five phases, each 20 to 400 ms, for the timeline at scale. */
    public static DryRunReport manySteps(int steps) {
        String[] services = {"customers", "orders", "billing", "shipping"};
        List<PhaseRun> phases = new ArrayList<>();
        long clock = 300;
        int perPhase = Math.max(1, (steps + 4) / 5);
        int made = 0;
        for (int p = 0; made < steps; p++) {
            List<StepRun> runs = new ArrayList<>();
            for (int i = 0; i < perPhase && made < steps; i++, made++) {
                String service = services[made % services.length];
                long wall = 20 + (made * 37L) % 380;
                List<ObservedLock> locks = made % 3 == 0 ? List.of(new ObservedLock("public.t" + made,
                        made % 2 == 0 ? "AccessExclusiveLock" : "ShareUpdateExclusiveLock", true, clock + 2,
                        clock + wall - 2, made % 2 == 0, "pg_locks")) : List.of();
                runs.add(new StepRun("step-" + made, service, "add_column", StepStatus.OK, clock, wall, null,
                        List.of(), locks, null, null, null, null, null));
                clock += wall + 5;
            }
            phases.add(new PhaseRun("phase-" + p, p == 0 ? "expand" : "migrate", List.of(), runs,
                    Check.passed("rollback exact"), Check.passed("second run gave the same schemas")));
        }
        return new DryRunReport("synthetic plan of " + steps + " steps", null, RunKind.SHADOW, STARTED, clock + 200,
                List.of(), phases, Check.passed("rollback exact"), List.of(), List.of(), List.of());
    }

    private static List<ServiceShadow> services() {
        return List.of(
                new ServiceShadow("customers", "postgresql", "15.20 (Debian 15.20-0+deb12u1)",
                        "phaseshift_shadow_customers_20261120t140312_k3f9", PG, DataLoad.sample(1000), 9, 6_412, true,
                        null),
                new ServiceShadow("shipping", "mariadb", "10.11.19-MariaDB-0+deb12u1",
                        "phaseshift_shadow_shipping_20261120t140312_k3f9", MARIADB, DataLoad.sample(1000), 9, 4_870,
                        true, null));
    }

    private static PhaseRun expand() {
        return new PhaseRun("expand", "expand", List.of(), List.of(
                step("customers-customers-add-phone_number", "customers", "add_column", 1_180, 34, null,
                        List.of(sql("ALTER TABLE public.customers ADD COLUMN phone_number character varying(32)",
                                1_181, 30, 0L)),
                        List.of(lock("public.customers", "AccessExclusiveLock", 1_184, 1_209, true, "pg_locks")),
                        new Prediction(List.of("ACCESS EXCLUSIVE on public.customers"), true, "metadata only",
                                "~0 s")),
                step("customers-customers-sync-phone_number", "customers", "create_trigger", 1_221, 61, null,
                        List.of(sql("CREATE FUNCTION public.customers_phone_sync() RETURNS trigger ...", 1_222, 18,
                                0L), sql("CREATE TRIGGER customers_phone_sync BEFORE INSERT OR UPDATE ON "
                                + "public.customers FOR EACH ROW EXECUTE FUNCTION public.customers_phone_sync()",
                                1_241, 39, 0L)),
                        List.of(lock("public.customers", "ShareRowExclusiveLock", 1_244, 1_278, true, "pg_locks")),
                        new Prediction(List.of("SHARE ROW EXCLUSIVE on public.customers"), true, "metadata only",
                                "~0 s")),
                step("shipping-shipping_addresses-add-phone_number", "shipping", "add_column", 1_190, 88, null,
                        List.of(sql("ALTER TABLE shipping_addresses ADD COLUMN phone_number varchar(32), "
                                + "ALGORITHM=INSTANT", 1_191, 86, 0L)),
                        List.of(lock("shop_shipping.shipping_addresses", "SHARED_UPGRADABLE", 1_195, 1_270, false,
                                "metadata_locks"), lock("shop_shipping.shipping_addresses", "writes pass", 1_230,
                                1_236, false, "write probe")),
                        new Prediction(List.of("SHARED_UPGRADABLE on shipping_addresses"), false,
                                "metadata only (ALGORITHM=INSTANT)", "~0 s")),
                step("shipping-shipping_addresses-sync-insert-phone_number", "shipping", "create_trigger", 1_290,
                        42, null, List.of(sql("CREATE TRIGGER shipping_addresses_phone_sync_ins BEFORE INSERT ON "
                                + "shipping_addresses FOR EACH ROW BEGIN ... END", 1_291, 40, 0L)),
                        List.of(lock("shop_shipping.shipping_addresses", "SHARED_NO_WRITE", 1_296, 1_329, true,
                                "metadata_locks")),
                        new Prediction(List.of("SHARED_UPGRADABLE on shipping_addresses"), false, "metadata only",
                                "~0 s")),
                step("shipping-shipping_addresses-sync-update-phone_number", "shipping", "create_trigger", 1_344,
                        39, null, List.of(sql("CREATE TRIGGER shipping_addresses_phone_sync_upd BEFORE UPDATE ON "
                                + "shipping_addresses FOR EACH ROW BEGIN ... END", 1_345, 37, 0L)),
                        List.of(lock("shop_shipping.shipping_addresses", "SHARED_NO_WRITE", 1_349, 1_380, true,
                                "metadata_locks")),
                        new Prediction(List.of("SHARED_UPGRADABLE on shipping_addresses"), false, "metadata only",
                                "~0 s"))),
                Check.passed("rollback exact"), Check.passed("second run gave the same schemas"));
    }

    private static PhaseRun migrate() {
        StepRun backfill = step("customers-customers-backfill-phone_number", "customers", "backfill", 1_420, 6_930,
                1_000L, List.of(sql("UPDATE public.customers SET phone_number = phone WHERE id IN (SELECT id FROM "
                        + "public.customers WHERE phone_number IS NULL AND phone IS NOT NULL AND id > ? ORDER BY id "
                        + "LIMIT 5000)", 1_421, 6_928, 1_000L)),
                List.of(lock("public.customers", "RowExclusiveLock", 1_425, 8_340, false, "pg_locks")),
                new Prediction(List.of("ROW EXCLUSIVE on public.customers"), false, "updates 2400000 rows in "
                        + "batches of 5000", "~4 h 37 min"));
        StepRun shippingBackfill = step("shipping-shipping_addresses-backfill-phone_number", "shipping", "backfill",
                1_430, 3_210, 1_000L, List.of(sql("UPDATE shipping_addresses SET phone_number = phone WHERE "
                        + "phone_number IS NULL AND phone IS NOT NULL ORDER BY id LIMIT 5000", 1_431, 3_208,
                        1_000L)), List.of(), new Prediction(List.of(), false, "updates 310000 rows in batches of "
                        + "5000", "~17 min"));
        return new PhaseRun("migrate", "migrate", List.of(
                new VerificationRun("customers", "SELECT count(*) = 0 FROM customers WHERE phone_number IS DISTINCT "
                        + "FROM phone", true, null)), List.of(
                withBackfill(backfill, new BackfillEstimate("public.customers", 1_000, 6_930, 2_400_000L,
                        16_632_000L)),
                step("customers-customers-verify-phone_number", "customers", "verify", 8_370, 12, null,
                        List.of(sql("SELECT count(*) = 0 FROM customers WHERE phone_number IS DISTINCT FROM phone",
                                8_370, 12, null)), List.of(), null),
                withBackfill(shippingBackfill, new BackfillEstimate("shop_shipping.shipping_addresses", 1_000, 3_210,
                        310_000L, 995_100L)),
                step("shipping-shipping_addresses-verify-phone_number", "shipping", "verify", 4_660, 9, null,
                        List.of(sql("SELECT count(*) = 0 FROM shipping_addresses WHERE NOT (phone_number <=> "
                                + "phone)", 4_660, 9, null)), List.of(), null)),
                Check.passed("rollback exact"), Check.passed("second run gave the same schemas"));
    }

    private static PhaseRun switchPhase() {
        return new PhaseRun("switch", "switch", List.of(), List.of(), Check.passed("the phase changes no schema"),
                Check.passed("the phase changes no schema"));
    }

    private static PhaseRun contract(boolean failing) {
        List<StepRun> steps = new ArrayList<>(List.of(
                step("customers-customers-drop-customers_phone_sync", "customers", "drop_trigger", 8_420, 21, null,
                        List.of(sql("DROP TRIGGER customers_phone_sync ON public.customers", 8_421, 19, 0L)),
                        List.of(lock("public.customers", "AccessExclusiveLock", 8_423, 8_440, true, "pg_locks")),
                        new Prediction(List.of("ACCESS EXCLUSIVE on public.customers"), true, "metadata only",
                                "~0 s")),
                step("customers-customers-drop-phone", "customers", "drop_column", 8_450, 27, null,
                        List.of(sql("ALTER TABLE public.customers DROP COLUMN phone", 8_451, 25, 0L)),
                        List.of(lock("public.customers", "AccessExclusiveLock", 8_452, 8_476, true, "pg_locks")),
                        new Prediction(List.of("ACCESS EXCLUSIVE on public.customers"), true, "metadata only",
                                "~0 s")),
                step("shipping-shipping_addresses-drop-shipping_addresses_phone_sync_ins", "shipping",
                        "drop_trigger", 8_430, 31, null, List.of(sql("DROP TRIGGER "
                                + "shipping_addresses_phone_sync_ins", 8_431, 29, 0L)),
                        List.of(lock("shop_shipping.shipping_addresses", "SHARED_NO_WRITE", 8_433, 8_458, true,
                                "metadata_locks")), null),
                step("shipping-shipping_addresses-drop-shipping_addresses_phone_sync_upd", "shipping",
                        "drop_trigger", 8_470, 28, null, List.of(sql("DROP TRIGGER "
                                + "shipping_addresses_phone_sync_upd", 8_471, 26, 0L)),
                        List.of(lock("shop_shipping.shipping_addresses", "SHARED_NO_WRITE", 8_473, 8_495, true,
                                "metadata_locks")), null)));
        String dropSql = "ALTER TABLE shipping_addresses DROP COLUMN phone, ALGORITHM=INPLACE, LOCK=NONE";
        Prediction dropPredicted = new Prediction(List.of("SHARED_UPGRADABLE on shipping_addresses"), false,
                "rebuilds the table in place (ALGORITHM=INPLACE), 310000 rows", "~40 s");
        if (failing) {
            String error = "(conn=1187) Lock wait timeout exceeded; try restarting transaction";
            steps.add(new StepRun("shipping-shipping_addresses-drop-phone", "shipping", "drop_column",
                    StepStatus.FAILED, 8_510, 10_004, null, List.of(new StatementRun(dropSql, "transactional",
                    8_511, 10_002, null, error)), List.of(new ObservedLock("shop_shipping.shipping_addresses",
                    "EXCLUSIVE", false, 8_515, 18_510, true, "metadata_locks")), dropPredicted, error, dropSql,
                    List.of("shipping: trigger \"shipping_addresses_phone_sync_ins\" of "
                            + "\"shop_shipping.shipping_addresses\" missing", "shipping: trigger "
                            + "\"shipping_addresses_phone_sync_upd\" of \"shop_shipping.shipping_addresses\" missing"),
                    null));
            return new PhaseRun("contract", "contract", List.of(), steps,
                    Check.failed("rolling the phase back left the schemas different from before it", List.of(
                            "shipping: trigger \"shipping_addresses_phone_sync_ins\" of "
                                    + "\"shop_shipping.shipping_addresses\" missing")),
                    Check.skipped("not checked: a step failed"));
        }
        steps.add(step("shipping-shipping_addresses-drop-phone", "shipping", "drop_column", 8_510, 612, 0L,
                List.of(sql(dropSql, 8_511, 610, 0L)),
                List.of(lock("shop_shipping.shipping_addresses", "SHARED_UPGRADABLE", 8_514, 9_118, false,
                        "metadata_locks"), lock("shop_shipping.shipping_addresses", "writes pass", 8_800, 8_806,
                        false, "write probe")), dropPredicted));
        return new PhaseRun("contract", "contract", List.of(), steps,
                Check.passed("rollback restores the schemas; 1 column is back at the end of its table: PostgreSQL "
                        + "cannot add a column elsewhere"), Check.passed("second run gave the same schemas"));
    }

    private static List<Finding> findings() {
        return List.of(
                new Finding("prefer-bigint-timestamptz-text", "PS111", Severity.WARNING, "column \"phone_number\" "
                        + "of table \"customers\" is character varying(32): the length limit gains nothing over "
                        + "text and must be migrated when it proves too short", "use text, with a check constraint "
                        + "if a limit matters", null, "customers-customers-add-phone_number", "customers",
                        "customers"),
                new Finding("missing-lock-timeout", "PS110", Severity.WARNING, "\"ALTER TABLE public.customers "
                        + "DROP COLUMN phone\" takes ACCESS EXCLUSIVE on \"public.customers\" without a lock "
                        + "timeout", "phaseshift apply sets lock_timeout; set one in exported scripts too", null,
                        "customers-customers-drop-phone", "customers", "customers"),
                new Finding("missing-rollback", "PS116", Severity.INFO, "dropping column \"phone\" loses its "
                        + "data; rolling back re-adds an empty column", "keep a copy until the plan is done", null,
                        "shipping-shipping_addresses-drop-phone", "shipping", "shipping_addresses"));
    }

    private static List<CompatibilityCell> compatibility() {
        List<CompatibilityCell> cells = new ArrayList<>();
        List<String> states = List.of("before", "expand", "migrate", "switch", "contract");
        for (String state : states) {
            boolean afterContract = state.equals("contract");
            boolean switched = state.equals("switch") || afterContract;
            cells.add(new CompatibilityCell("customers", "v1", state, !afterContract, !afterContract, afterContract
                    ? "customers v1 reads \"customers.public.customers.phone\", which no longer exists after "
                    + "phase \"contract\"" : null));
            cells.add(new CompatibilityCell("customers", "v2", state, switched, !state.equals("before"),
                    state.equals("before") ? "customers v2 reads \"customers.public.customers.phone_number\", "
                            + "which no longer exists before the plan" : null));
            cells.add(new CompatibilityCell("billing", "v1", state, true, true, null));
            cells.add(new CompatibilityCell("notifications", "v2", state, true, true, null));
            cells.add(new CompatibilityCell("shipping", "v3", state, !afterContract, true, null));
        }
        return cells;
    }

    private static StepRun step(String id, String service, String operation, long start, long wall, Long rows,
                                List<StatementRun> statements, List<ObservedLock> locks, Prediction predicted) {
        return new StepRun(id, service, operation, StepStatus.OK, start, wall, rows, statements, locks, predicted,
                null, null, null, null);
    }

    private static StepRun withBackfill(StepRun s, BackfillEstimate estimate) {
        return new StepRun(s.stepId(), s.service(), s.operation(), s.status(), s.startMillis(), s.wallMillis(),
                s.rowsAffected(), s.statements(), s.locks(), s.predicted(), s.error(), s.failedSql(), s.stateLeft(),
                estimate);
    }

    private static StatementRun sql(String text, long start, long wall, Long rows) {
        return new StatementRun(text, "transactional", start, wall, rows, null);
    }

    private static ObservedLock lock(String relation, String mode, long from, long to, boolean blocksWrites,
                                     String source) {
        return new ObservedLock(relation, mode, true, from, to, blocksWrites, source);
    }
}
